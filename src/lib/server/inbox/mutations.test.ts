import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff } from '../casefile/queries';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
import {
	auditEvents,
	notifications,
	outcomes,
	replies,
	statements,
	userRoles,
	users
} from '../db/schema';
import {
	addStatement,
	addToTeam,
	allocate,
	createStaff,
	createTeam,
	createYoungPerson
} from '$tests/fixtures';
import { openStatement, replyToStatement } from './mutations';
import { recordOutcome } from './outcome';
import { listInboxForWorker } from './queries';

let sam: SessionUser;
let jamie: SessionUser;
let northManager: SessionUser;
let southManager: SessionUser;
let mayaUserId: string;
const ids = {} as Record<'maya' | 'news' | 'change', string>;
const statementOf = async (id: string) =>
	(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!;

beforeAll(async () => {
	const north = await createTeam('North');
	const south = await createTeam('South');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	northManager = await createStaff(['manager'], { firstName: 'Fiona' });
	southManager = await createStaff(['manager'], { firstName: 'Gus' });
	await addToTeam(north, northManager.id, 'manager');
	await addToTeam(south, southManager.id, 'manager');
	await addToTeam(north, southManager.id, 'worker');
	mayaUserId = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(users)
					.values({ username: 'maya-t', displayName: 'Maya', firstName: 'Maya' })
					.returning()
			).id
	);
	await transaction(async (tx) => {
		await tx.insert(userRoles).values({ userId: mayaUserId, role: 'young_person' });
	});
	ids.maya = await createYoungPerson({ teamId: north, preferredName: 'Maya', userId: mayaUserId });
	await allocate(ids.maya, sam.id);
	ids.news = await addStatement(ids.maya, { kind: 'good_news' });
	ids.change = await addStatement(ids.maya, { kind: 'make_a_change' });
});

describe('who may open a statement', () => {
	it('the allocated worker and the managers of the team, nobody else', async () => {
		expect((await findStatementForStaff(sam, ids.news))?.person.preferredName).toBe('Maya');
		expect(await findStatementForStaff(northManager, ids.news)).not.toBeNull();
		expect(await findStatementForStaff(jamie, ids.news)).toBeNull();
		// A manager of another team who is only a team member (worker) here sees nothing.
		expect(await findStatementForStaff(southManager, ids.news)).toBeNull();
		expect(await openStatement(jamie, ids.news)).toBe('not_found');
		expect(
			await replyToStatement(jamie, {
				statementId: ids.news,
				body: 'x',
				isDecision: false,
				idempotencyKey: 'k0'
			})
		).toBe('not_found');
		expect(
			await recordOutcome(jamie, { statementId: ids.change, decision: 'agreed', explanation: 'x' })
		).toBe('not_found');
		expect(await listInboxForWorker(jamie, { status: 'all' })).toEqual([]);
		expect((await statementOf(ids.news)).firstReadAt).toBeNull();
	});
});

describe('reading, replying and recording an outcome', () => {
	it('marks a statement read the first time and audits every opening', async () => {
		const first = new Date('2025-02-03T10:00:00Z');
		expect(await openStatement(sam, ids.news, first)).toBe('ok');
		expect(await openStatement(northManager, ids.news, new Date('2025-02-03T11:00:00Z'))).toBe(
			'ok'
		);
		const s = await statementOf(ids.news);
		expect(s.status).toBe('read');
		expect(s.firstReadAt).toEqual(first);
		expect(s.firstReadBy).toBe(sam.id);
		const reads = await db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'statement_read'), eq(auditEvents.subjectId, ids.news)));
		expect(reads.map((r) => r.actorId)).toEqual([sam.id, northManager.id]);
	});

	it('stores a reply once, even when the form is sent twice, and tells the young person', async () => {
		const reply = {
			statementId: ids.news,
			body: 'Well done Maya!',
			isDecision: true,
			idempotencyKey: 'form-1'
		};
		expect(await replyToStatement(sam, reply)).toBe('ok');
		expect(await replyToStatement(sam, reply)).toBe('duplicate');
		const thread = await db().select().from(replies).where(eq(replies.statementId, ids.news));
		expect(thread).toHaveLength(1);
		expect(thread[0]?.isDecision).toBe(true);
		expect((await statementOf(ids.news)).status).toBe('replied');
		expect((await statementOf(ids.news)).firstRepliedAt).not.toBeNull();
		const told = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, mayaUserId), eq(notifications.kind, 'reply')));
		expect(told).toHaveLength(1);
	});

	it('refuses an outcome without an explanation for the child', async () => {
		expect(
			await recordOutcome(sam, { statementId: ids.change, decision: 'agreed', explanation: '   ' })
		).toBe('explanation_required');
		expect(
			(await db().select().from(outcomes).where(eq(outcomes.statementId, ids.change)).limit(1))[0]
		).toBeUndefined();
		expect(
			await recordOutcome(sam, { statementId: ids.news, decision: 'agreed', explanation: 'Yes' })
		).toBe('not_a_change_request');
	});

	it('keeps the request open while still working on it, and closes it with a decision', async () => {
		expect(
			await recordOutcome(sam, {
				statementId: ids.change,
				decision: 'still_working',
				explanation: 'I am asking your carer.'
			})
		).toBe('ok');
		expect((await statementOf(ids.change)).status).not.toBe('closed');
		expect((await listInboxForWorker(sam)).map((r) => r.id)).toContain(ids.change);

		const closedAt = new Date('2025-02-05T10:00:00Z');
		expect(
			await recordOutcome(
				sam,
				{
					statementId: ids.change,
					decision: 'partly_agreed',
					explanation: 'Fridays yes, Saturdays no.'
				},
				closedAt
			)
		).toBe('ok');
		expect(
			await recordOutcome(sam, {
				statementId: ids.change,
				decision: 'partly_agreed',
				explanation: 'Fridays yes, Saturdays no.'
			})
		).toBe('unchanged');
		expect(await statementOf(ids.change)).toMatchObject({ status: 'closed', closedAt });
		expect((await listInboxForWorker(sam)).map((r) => r.id)).not.toContain(ids.change);
		const told = await db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, mayaUserId), eq(notifications.kind, 'outcome')));
		expect(told).toHaveLength(2);
	});
});
