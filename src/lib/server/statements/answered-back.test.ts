import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { newId } from '../ids';
import { addStatement, allocate, createTeam, createYoungPerson } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { mayaWithTwoWaiting } from '$tests/fixtures/waiting';
import { replyToStatement } from '../inbox/mutations';
import { recordOutcome } from '../inbox/outcome';
import { listInboxForWorker } from '../inbox/queries';
import { replyAsYoungPerson, requestCorrection } from './answer-back';
import { listCaseloadForWorker } from './queries';
import { archiveMustWait, outstandingFor } from '../records/outstanding';

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

	it('is not marked as written back when nobody had answered it yet: it waits as it was', async () => {
		const unread = await addStatement(maya, { kind: 'good_news' });
		const said = { ...answerBack, youngPersonId: maya, authorId: mayasUser, statementId: unread };
		expect(await replyAsYoungPerson({ ...said, body: 'And I scored a goal' })).toBe('ok');
		expect(await inInbox(unread)).toMatchObject({ unread: true, answeredBack: false });
	});

	it('counts as answered when the same decision is given again, and the young person is told', async () => {
		const change = await addStatement(maya, { kind: 'make_a_change', readBy: worker.id });
		const decided = { statementId: change, decision: 'not_possible' as const, explanation: 'No' };
		expect(await recordOutcome(worker, decided)).toBe('ok');
		// Sent twice (a double click): nothing changes.
		expect(await recordOutcome(worker, decided)).toBe('unchanged');
		const asked = { ...answerBack, youngPersonId: maya, authorId: mayasUser, statementId: change };
		expect(await replyAsYoungPerson({ ...asked, body: 'Why not?' })).toBe('ok');
		expect(await inInbox(change)).toMatchObject({ answeredBack: true });
		expect(await recordOutcome(worker, decided)).toBe('ok');
		expect(await inInbox(change)).toBeUndefined();
	});

	it('keeps the record from being archived until what they wrote back is answered', async () => {
		const zara = await createYoungPerson({ teamId: await createTeam(), preferredName: 'Zara' });
		await allocate(zara, worker.id);
		const news = await addStatement(zara, { kind: 'good_news', readBy: worker.id });
		expect(await answer(news)).toBe('ok');
		expect(archiveMustWait(await outstandingFor(zara))).toBe(false);
		const said = { ...answerBack, youngPersonId: zara, authorId: mayasUser, statementId: news };
		expect(await replyAsYoungPerson(said)).toBe('ok');
		const outstanding = await outstandingFor(zara);
		expect(outstanding).toEqual({
			urgentNotDealtWith: 0,
			unread: 0,
			openChanges: 0,
			answeredBack: 1
		});
		expect(archiveMustWait(outstanding)).toBe(true);
		expect(await answer(news)).toBe('ok');
		expect(archiveMustWait(await outstandingFor(zara))).toBe(false);
	});
});
