import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../auth/session';
import { findStatementForStaff } from '../casefile/queries';
import { db } from '../db';
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
const statementOf = (id: string) =>
	db().select().from(statements).where(eq(statements.id, id)).get()!;

beforeAll(async () => {
	const north = createTeam('North');
	const south = createTeam('South');
	sam = await createStaff(['worker']);
	jamie = await createStaff(['worker'], { firstName: 'Jamie' });
	northManager = await createStaff(['manager'], { firstName: 'Fiona' });
	southManager = await createStaff(['manager'], { firstName: 'Gus' });
	addToTeam(north, northManager.id, 'manager');
	addToTeam(south, southManager.id, 'manager');
	addToTeam(north, southManager.id, 'worker');
	mayaUserId = db()
		.insert(users)
		.values({ username: 'maya-t', displayName: 'Maya', firstName: 'Maya' })
		.returning()
		.get().id;
	db().insert(userRoles).values({ userId: mayaUserId, role: 'young_person' }).run();
	ids.maya = createYoungPerson({ teamId: north, preferredName: 'Maya', userId: mayaUserId });
	allocate(ids.maya, sam.id);
	ids.news = addStatement(ids.maya, { kind: 'good_news' });
	ids.change = addStatement(ids.maya, { kind: 'make_a_change' });
});

describe('who may open a statement', () => {
	it('the allocated worker and the managers of the team, nobody else', () => {
		expect(findStatementForStaff(sam, ids.news)?.person.preferredName).toBe('Maya');
		expect(findStatementForStaff(northManager, ids.news)).not.toBeNull();
		expect(findStatementForStaff(jamie, ids.news)).toBeNull();
		// A manager of another team who is only a team member (worker) here sees nothing.
		expect(findStatementForStaff(southManager, ids.news)).toBeNull();
		expect(openStatement(jamie, ids.news)).toBe('not_found');
		expect(
			replyToStatement(jamie, {
				statementId: ids.news,
				body: 'x',
				isDecision: false,
				idempotencyKey: 'k0'
			})
		).toBe('not_found');
		expect(
			recordOutcome(jamie, { statementId: ids.change, decision: 'agreed', explanation: 'x' })
		).toBe('not_found');
		expect(listInboxForWorker(jamie, { status: 'all' })).toEqual([]);
		expect(statementOf(ids.news).firstReadAt).toBeNull();
	});
});

describe('reading, replying and recording an outcome', () => {
	it('marks a statement read the first time and audits every opening', () => {
		const first = new Date('2025-02-03T10:00:00Z');
		expect(openStatement(sam, ids.news, first)).toBe('ok');
		expect(openStatement(northManager, ids.news, new Date('2025-02-03T11:00:00Z'))).toBe('ok');
		const s = statementOf(ids.news);
		expect(s.status).toBe('read');
		expect(s.firstReadAt).toEqual(first);
		expect(s.firstReadBy).toBe(sam.id);
		const reads = db()
			.select()
			.from(auditEvents)
			.where(and(eq(auditEvents.action, 'statement_read'), eq(auditEvents.subjectId, ids.news)))
			.all();
		expect(reads.map((r) => r.actorId)).toEqual([sam.id, northManager.id]);
	});

	it('stores a reply once, even when the form is sent twice, and tells the young person', () => {
		const reply = {
			statementId: ids.news,
			body: 'Well done Maya!',
			isDecision: true,
			idempotencyKey: 'form-1'
		};
		expect(replyToStatement(sam, reply)).toBe('ok');
		expect(replyToStatement(sam, reply)).toBe('duplicate');
		const thread = db().select().from(replies).where(eq(replies.statementId, ids.news)).all();
		expect(thread).toHaveLength(1);
		expect(thread[0]?.isDecision).toBe(true);
		expect(statementOf(ids.news).status).toBe('replied');
		expect(statementOf(ids.news).firstRepliedAt).not.toBeNull();
		const told = db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, mayaUserId), eq(notifications.kind, 'reply')))
			.all();
		expect(told).toHaveLength(1);
	});

	it('refuses an outcome without an explanation for the child', () => {
		expect(
			recordOutcome(sam, { statementId: ids.change, decision: 'agreed', explanation: '   ' })
		).toBe('explanation_required');
		expect(
			db().select().from(outcomes).where(eq(outcomes.statementId, ids.change)).get()
		).toBeUndefined();
		expect(
			recordOutcome(sam, { statementId: ids.news, decision: 'agreed', explanation: 'Yes' })
		).toBe('not_a_change_request');
	});

	it('keeps the request open while still working on it, and closes it with a decision', () => {
		expect(
			recordOutcome(sam, {
				statementId: ids.change,
				decision: 'still_working',
				explanation: 'I am asking your carer.'
			})
		).toBe('ok');
		expect(statementOf(ids.change).status).not.toBe('closed');
		expect(listInboxForWorker(sam).map((r) => r.id)).toContain(ids.change);

		const closedAt = new Date('2025-02-05T10:00:00Z');
		expect(
			recordOutcome(
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
			recordOutcome(sam, {
				statementId: ids.change,
				decision: 'partly_agreed',
				explanation: 'Fridays yes, Saturdays no.'
			})
		).toBe('unchanged');
		expect(statementOf(ids.change)).toMatchObject({ status: 'closed', closedAt });
		expect(listInboxForWorker(sam).map((r) => r.id)).not.toContain(ids.change);
		const told = db()
			.select()
			.from(notifications)
			.where(and(eq(notifications.userId, mayaUserId), eq(notifications.kind, 'outcome')))
			.all();
		expect(told).toHaveLength(2);
	});
});
