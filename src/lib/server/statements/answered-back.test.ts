import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { newId } from '../ids';
import { addStatement } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { replyToStatement } from '../inbox/mutations';
import { recordOutcome } from '../inbox/outcome';
import { listInboxForWorker } from '../inbox/queries';
import { replyAsYoungPerson, requestCorrection } from './answer-back';
import { listCaseloadForWorker } from './queries';

/*
 * A young person who writes back after their worker answered, or after a decision closed their
 * request, is waiting for an answer again: the statement comes back to the inbox until someone
 * answers them.
 */
let worker: SessionUser;
let maya: string;
let mayasUser: string;

beforeAll(async () => {
	({ worker, maya } = await mayaWithTwoWaiting());
	mayasUser = await createYoungPersonUser();
});

const inInbox = async (id: string, status: 'waiting' | 'awaiting_reply' = 'waiting') =>
	(await listInboxForWorker(worker, { status })).find((s) => s.id === id);
const answer = (statementId: string) =>
	replyToStatement(worker, {
		statementId,
		body: 'Thank you',
		isDecision: false,
		idempotencyKey: newId()
	});
const answerBack = {
	youngPersonId: '',
	authorId: '',
	statementId: '',
	body: 'But I still feel sad'
};

describe('a statement the young person answers back on', () => {
	it('comes back to the inbox after it was answered, and leaves when it is answered again', async () => {
		const feelings = await addStatement(maya, { kind: 'feelings', readBy: worker.id });
		expect(await answer(feelings)).toBe('ok');
		expect(await inInbox(feelings)).toBeUndefined();

		const said = { ...answerBack, youngPersonId: maya, authorId: mayasUser, statementId: feelings };
		expect(await replyAsYoungPerson(said)).toBe('ok');
		expect(await inInbox(feelings, 'awaiting_reply')).toMatchObject({
			answeredBack: true,
			awaitingReply: true,
			unread: false
		});
		expect((await listCaseloadForWorker(worker))[0]).toMatchObject({ id: maya, answeredBack: 1 });

		expect(await answer(feelings)).toBe('ok');
		expect(await inInbox(feelings)).toBeUndefined();
		expect((await listCaseloadForWorker(worker))[0]).toMatchObject({ answeredBack: 0 });
	});

	it('comes back after a decision closed it, when they ask for a correction', async () => {
		const change = await addStatement(maya, { kind: 'make_a_change', readBy: worker.id });
		const decided = { statementId: change, decision: 'agreed' as const, explanation: 'Yes' };
		expect(await recordOutcome(worker, decided)).toBe('ok');
		expect(await inInbox(change)).toBeUndefined();

		const asked = { ...answerBack, youngPersonId: maya, authorId: mayasUser, statementId: change };
		expect(await requestCorrection({ ...asked, body: 'That is not what I said' })).toBe('ok');
		// A second word before anyone answers keeps it waiting from the first.
		const first = (await inInbox(change))!.answeredBackAt;
		expect(
			await replyAsYoungPerson({ ...asked, body: 'Please' }, new Date(Date.now() + 60_000))
		).toBe('ok');
		expect(await inInbox(change)).toMatchObject({
			answeredBack: true,
			openChange: false,
			answeredBackAt: first
		});

		expect(await answer(change)).toBe('ok');
		expect(await inInbox(change)).toBeUndefined();
	});
});
