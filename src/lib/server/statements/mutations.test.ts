import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { db, transaction } from '../db';
import {
	auditEvents,
	drafts,
	mailOutbox,
	notifications,
	outcomes,
	replies,
	statements
} from '../db/schema';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { rateListened, replyAsYoungPerson } from './answer-back';
import { saveDraft, submitStatement } from './mutations';

let worker: Awaited<ReturnType<typeof createStaff>>;
let manager: Awaited<ReturnType<typeof createStaff>>;
let youngPerson: string;
let other: string;

beforeAll(async () => {
	const team = await createTeam();
	worker = await createStaff(['worker']);
	manager = await createStaff(['manager']);
	await addToTeam(team, manager.id, 'manager');
	youngPerson = await createYoungPerson({ teamId: team });
	other = await createYoungPerson({ teamId: team, preferredName: 'Other' });
	await allocate(youngPerson, worker.id);
});

const goodNews = (key: string, what = 'I passed my test') => ({
	template: currentTemplate('good_news'),
	answers: { what },
	consentToShare: false,
	idempotencyKey: key,
	meetingId: null
});

describe('submitStatement', () => {
	it('stores the statement with its audit event, notification and a content-free email', async () => {
		await saveDraft(youngPerson, 'good_news', { what: 'half written' });
		const { id, urgent, duplicate } = await submitStatement(
			youngPerson,
			'actor',
			goodNews('key-aaaaaaaaaa', 'Secret words')
		);
		expect([urgent, duplicate]).toEqual([false, false]);
		expect(
			(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]?.status
		).toBe('sent');
		expect(
			await db()
				.select()
				.from(auditEvents)
				.where(and(eq(auditEvents.subjectId, id), eq(auditEvents.action, 'statement_sent')))
		).toHaveLength(1);
		expect(
			(await db().select().from(notifications).where(eq(notifications.statementId, id))).map(
				(n) => n.userId
			)
		).toEqual([worker.id]);
		const mail = await db().select().from(mailOutbox).where(eq(mailOutbox.to, worker.email));
		expect(mail).toHaveLength(1);
		expect(mail[0]?.body).not.toContain('Secret words');
		expect(mail[0]?.body).not.toContain('Robin');
		expect(
			await db().select().from(drafts).where(eq(drafts.youngPersonId, youngPerson))
		).toHaveLength(0);
	});

	it('stores one statement when the same form is sent twice', async () => {
		const first = await submitStatement(youngPerson, 'actor', goodNews('key-bbbbbbbbbb'));
		const second = await submitStatement(youngPerson, 'actor', goodNews('key-bbbbbbbbbb'));
		expect(second).toEqual({ ...first, duplicate: true });
		expect(
			await db().select().from(statements).where(eq(statements.idempotencyKey, 'key-bbbbbbbbbb'))
		).toHaveLength(1);
	});

	it('refuses a key already used by another young person', async () => {
		await expect(submitStatement(other, 'actor', goodNews('key-bbbbbbbbbb'))).rejects.toThrow();
	});

	it('marks "I\'m worried" urgent and tells the team manager too', async () => {
		const { id, urgent } = await submitStatement(youngPerson, 'actor', {
			...goodNews('key-cccccccccc'),
			template: currentTemplate('worried'),
			answers: { what: 'help' }
		});
		expect(urgent).toBe(true);
		const told = (
			await db().select().from(notifications).where(eq(notifications.statementId, id))
		).map((n) => n.userId);
		expect(told.sort()).toEqual([worker.id, manager.id].sort());
	});
});

describe('after a statement is sent', () => {
	it('a rating waits until there is an answer, and only the owner can give one', async () => {
		const { id } = await submitStatement(youngPerson, 'actor', goodNews('key-dddddddddd'));
		expect(await rateListened(youngPerson, id, 4)).toBe('no_answer_yet');
		await transaction(async (tx) => {
			await tx.insert(outcomes).values({
				statementId: id,
				decision: 'agreed',
				explanation: 'Yes',
				recordedBy: worker.id,
				recordedAt: new Date()
			});
		});
		expect(await rateListened(other, id, 4)).toBe('not_found');
		expect(await rateListened(youngPerson, id, 4)).toBe('ok');
		expect(
			(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]
				?.listenedRating
		).toBe(4);
	});

	it('a young person answers back only on their own statement, and their worker is told', async () => {
		const { id } = await submitStatement(youngPerson, 'actor', goodNews('key-eeeeeeeeee'));
		expect(
			await replyAsYoungPerson({
				youngPersonId: other,
				authorId: 'someone',
				statementId: id,
				body: 'not mine'
			})
		).toBe('not_found');
		expect(
			await replyAsYoungPerson({
				youngPersonId: youngPerson,
				authorId: worker.id,
				statementId: id,
				body: 'Thanks'
			})
		).toBe('ok');
		expect(
			(await db().select().from(replies).where(eq(replies.statementId, id))).map((r) => r.body)
		).toEqual(['Thanks']);
		const told = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.statementId, id), eq(notifications.kind, 'reply')));
		expect(told.map((n) => n.userId)).toEqual([worker.id]);
	});

	it("stores a young person's reply sent twice with its form's key once, and tells their worker once", async () => {
		const { id } = await submitStatement(youngPerson, 'actor', goodNews('key-twice-reply'));
		const reply = {
			youngPersonId: youngPerson,
			authorId: worker.id,
			statementId: id,
			body: 'Thank you',
			idempotencyKey: 'replykeytwice01'
		};
		expect(await replyAsYoungPerson(reply)).toBe('ok');
		expect(await replyAsYoungPerson(reply)).toBe('ok');
		expect(await db().select().from(replies).where(eq(replies.statementId, id))).toHaveLength(1);
		const told = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.statementId, id), eq(notifications.kind, 'reply')));
		expect(told).toHaveLength(1);
	});
});
