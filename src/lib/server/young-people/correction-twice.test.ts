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
	const id = await createYoungPerson({ teamId: await createTeam(), userId: child.id });
	await allocate(id, worker.id);
	const statementId = await addStatement(id, { kind: 'good_news' });
	const ask = async (idempotencyKey?: string) =>
		await requestCorrection({
			youngPersonId: id,
			authorId: child.id,
			statementId,
			body: 'I meant Thursday',
			idempotencyKey
		});
	const stored = async () =>
		(await db().select().from(replies).where(eq(replies.statementId, statementId))).length;
	const mailed = async () =>
		(await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email))).length;
	return { ask, stored, mailed };
}

describe('a correction asked for twice', () => {
	it('with the same form’s key is stored once, and the worker is emailed once', async () => {
		const { ask, stored, mailed } = await statementWithWorker();
		expect(await ask('correctkeyonce1')).toBe('ok');
		expect(await ask('correctkeyonce1')).toBe('ok');
		expect(await stored()).toBe(1);
		expect(await mailed()).toBe(1);
	});

	it('with another key, or none (a page from before the key), is stored again', async () => {
		const { ask, stored, mailed } = await statementWithWorker();
		await ask('correctkeyfirst');
		await ask('correctkeyother');
		await ask();
		await ask();
		expect(await stored()).toBe(4);
		expect(await mailed()).toBe(4);
	});
});
