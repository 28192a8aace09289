import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { db } from '../db';
import { auditEvents, youngPeople } from '../db/schema';
import { updateYoungPersonRecord } from '../records/mutations';
import { letterWith } from '../records/sign-in-code-letter';
import { setLanguageOnRecord, switchLanguage } from './mutations';

const NOW = new Date('2026-03-02T10:00:00Z');
let team: string;
beforeAll(async () => {
	team = await createTeam('North');
});

const languageOf = async (id: string) =>
	(
		await db()
			.select({ language: youngPeople.language })
			.from(youngPeople)
			.where(eq(youngPeople.id, id))
			.limit(1)
	)[0]?.language;

describe('a worker sets a young person’s language on their record', () => {
	it('keeps it on the record, audited with the language it replaced', async () => {
		const worker = await createStaff(['worker']);
		const child = await createYoungPerson({ teamId: team });
		await allocate(child, worker.id);
		expect(await setLanguageOnRecord(worker, child, 'ar', NOW)).toBe('saved');
		expect(await languageOf(child)).toBe('ar');
		expect(await setLanguageOnRecord(worker, child, 'ar', NOW)).toBe('unchanged');
		const events = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'young_person_language_set'));
		expect(events).toMatchObject([
			{ actorId: worker.id, youngPersonId: child, detail: { from: 'en', to: 'ar' } }
		]);
	});

	it('finds nothing for a worker the young person is not allocated to', async () => {
		const stranger = await createStaff(['worker']);
		const child = await createYoungPerson({ teamId: team });
		await allocate(child, (await createStaff(['worker'])).id);
		expect(await setLanguageOnRecord(stranger, child, 'pl', NOW)).toBe('not_found');
		expect(await languageOf(child)).toBe('en');
	});
});

describe('an admin changing the language on the record', () => {
	it('is audited with the language it replaced, and other changes are not', async () => {
		const admin = await createStaff(['admin']);
		const child = await createYoungPerson({ teamId: team });
		const input = {
			preferredName: 'Ash',
			dateOfBirth: '2013-04-02',
			legalStatus: 'kinship' as const,
			placementType: 'kinship_carer' as const,
			caseReference: 'GB-LANG-1',
			language: 'cy' as const,
			simpleMode: 'default' as const,
			accessibilityNotes: '',
			teamId: team
		};
		await updateYoungPersonRecord(admin, child, input, NOW);
		await updateYoungPersonRecord(admin, child, { ...input, preferredName: 'Ashley' }, NOW);
		const events = (
			await db().select().from(auditEvents).where(eq(auditEvents.youngPersonId, child))
		).filter((e) => e.action === 'young_person_language_set');
		expect(events).toMatchObject([{ actorId: admin.id, detail: { from: 'en', to: 'cy' } }]);
		expect(await languageOf(child)).toBe('cy');
	});
});

describe('the sign-in letter', () => {
	it('is in the language on the record once that language is on, and English until then', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const child = await createYoungPerson({ teamId: team });
		await allocate(child, worker.id);
		await setLanguageOnRecord(worker, child, 'ar', NOW);

		const before = await letterWith('ABCD-EFGH', child, 'https://heard.example', false, NOW);
		expect(before).toMatchObject({ locale: 'en', dir: 'ltr' });

		await switchLanguage(admin, 'ar', true);
		const letter = await letterWith('ABCD-EFGH', child, 'https://heard.example', false, NOW);
		expect(letter).toMatchObject({ locale: 'ar', dir: 'rtl' });
		// The date the code runs out, in the young person's language with the digits they count in.
		expect(letter.expires).toMatch(/[\u0600-\u06FF]/);
		expect(letter.expires).toMatch(/2026/);
		await switchLanguage(admin, 'ar', false);
	});
});
