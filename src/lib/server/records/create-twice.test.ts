import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailOutbox, youngPeople } from '../db/schema';
import { createStaff, createTeam } from '$tests/fixtures';
import { createYoungPersonRecord } from './mutations';

const recordWith = (caseReference: string, teamId: string) => ({
	preferredName: 'Ash',
	dateOfBirth: '2013-04-02',
	legalStatus: 'kinship' as const,
	placementType: 'kinship_carer' as const,
	caseReference,
	language: 'en' as const,
	simpleMode: 'default' as const,
	accessibilityNotes: '',
	teamId,
	// Made again on purpose here: "a different young person who shares this case reference".
	sameReference: true
});

const withReference = async (caseReference: string) =>
	await db().select().from(youngPeople).where(eq(youngPeople.caseReference, caseReference));

describe('a young person’s record sent twice', () => {
	it('with the same form’s key is made once, and its worker is emailed once', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const input = recordWith('TWICE-1', await createTeam());
		const first = await createYoungPersonRecord(admin, input, worker.id, 'createkeyonce01');
		const second = await createYoungPersonRecord(admin, input, worker.id, 'createkeyonce01');
		expect(first.ok && second.ok && second.id === first.id).toBe(true);
		expect(await withReference('TWICE-1')).toHaveLength(1);
		expect(
			await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email))
		).toHaveLength(1);
	});

	it('with another key, or none (a page from before the key), is made again', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const input = recordWith('TWICE-2', await createTeam());
		await createYoungPersonRecord(admin, input, worker.id, 'createkeyfirst1');
		await createYoungPersonRecord(admin, input, worker.id, 'createkeyother1');
		await createYoungPersonRecord(admin, input, worker.id);
		await createYoungPersonRecord(admin, input, worker.id);
		expect(await withReference('TWICE-2')).toHaveLength(4);
		expect(
			await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email))
		).toHaveLength(4);
	});

	it('with a key another administrator used is not taken as theirs', async () => {
		const [one, two] = [await createStaff(['admin']), await createStaff(['admin'])];
		const input = recordWith('TWICE-3', await createTeam());
		await createYoungPersonRecord(one, input, null, 'createkeyshared');
		await createYoungPersonRecord(two, input, null, 'createkeyshared');
		expect(await withReference('TWICE-3')).toHaveLength(2);
	});
});
