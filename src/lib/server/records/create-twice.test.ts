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
	teamId
});

const withReference = (caseReference: string) =>
	db().select().from(youngPeople).where(eq(youngPeople.caseReference, caseReference)).all();

describe('a young person’s record sent twice', () => {
	it('with the same form’s key is made once, and its worker is emailed once', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const input = recordWith('TWICE-1', createTeam());
		const first = createYoungPersonRecord(admin, input, worker.id, 'createkeyonce01');
		const second = createYoungPersonRecord(admin, input, worker.id, 'createkeyonce01');
		expect(first.ok && second.ok && second.id === first.id).toBe(true);
		expect(withReference('TWICE-1')).toHaveLength(1);
		expect(
			db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email)).all()
		).toHaveLength(1);
	});

	it('with another key, or none (a page from before the key), is made again', async () => {
		const admin = await createStaff(['admin']);
		const worker = await createStaff(['worker']);
		const input = recordWith('TWICE-2', createTeam());
		createYoungPersonRecord(admin, input, worker.id, 'createkeyfirst1');
		createYoungPersonRecord(admin, input, worker.id, 'createkeyother1');
		createYoungPersonRecord(admin, input, worker.id);
		createYoungPersonRecord(admin, input, worker.id);
		expect(withReference('TWICE-2')).toHaveLength(4);
		expect(
			db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email)).all()
		).toHaveLength(4);
	});

	it('with a key another administrator used is not taken as theirs', async () => {
		const [one, two] = [await createStaff(['admin']), await createStaff(['admin'])];
		const input = recordWith('TWICE-3', createTeam());
		createYoungPersonRecord(one, input, null, 'createkeyshared');
		createYoungPersonRecord(two, input, null, 'createkeyshared');
		expect(withReference('TWICE-3')).toHaveLength(2);
	});
});
