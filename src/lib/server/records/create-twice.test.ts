import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailOutbox } from '../db/schema';
import { createStaff, createTeam } from '$tests/fixtures';
import { recordWith as formRecord, withReference } from '$tests/fixtures/record-form';
import { createYoungPersonRecord } from './mutations';

// Made again on purpose here: "a different young person who shares this case reference".
const recordWith = (caseReference: string, teamId: string) => ({
	...formRecord(caseReference, teamId),
	sameReference: true
});

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
