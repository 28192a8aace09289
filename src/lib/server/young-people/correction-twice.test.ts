import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { mailOutbox, replies } from '../db/schema';
import {
	addStatement,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { requestCorrection } from '../statements/answer-back';

async function statementWithWorker() {
	const worker = await createStaff(['worker']);
	const child = await createStaff(['young_person']);
	const id = createYoungPerson({ teamId: createTeam(), userId: child.id });
	allocate(id, worker.id);
	const statementId = addStatement(id, { kind: 'good_news' });
	const ask = (idempotencyKey?: string) =>
		requestCorrection({
			youngPersonId: id,
			authorId: child.id,
			statementId,
			body: 'I meant Thursday',
			idempotencyKey
		});
	const stored = () =>
		db().select().from(replies).where(eq(replies.statementId, statementId)).all().length;
	const mailed = () =>
		db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email)).all().length;
	return { ask, stored, mailed };
}

describe('a correction asked for twice', () => {
	it('with the same form’s key is stored once, and the worker is emailed once', async () => {
		const { ask, stored, mailed } = await statementWithWorker();
		expect(ask('correctkeyonce1')).toBe('ok');
		expect(ask('correctkeyonce1')).toBe('ok');
		expect(stored()).toBe(1);
		expect(mailed()).toBe(1);
	});

	it('with another key, or none (a page from before the key), is stored again', async () => {
		const { ask, stored, mailed } = await statementWithWorker();
		ask('correctkeyfirst');
		ask('correctkeyother');
		ask();
		ask();
		expect(stored()).toBe(4);
		expect(mailed()).toBe(4);
	});
});
