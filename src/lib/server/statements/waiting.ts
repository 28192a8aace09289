import { and, eq, isNull, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { allocations, statements, youngPeople } from '../db/schema';
import { isOverdue } from './overdue';
import { visibleYoungPeople } from '../staff/scope';
import { workingCalendar, type WorkingCalendar } from '../working-time/calendar';

/*
 * "Still waiting", defined once. A statement is still waiting when nobody has
 * replied and it is not closed, or it is a change request without a final
 * decision ("still working on it" keeps one open, and only a final decision
 * sets `closed_at`), or the young person answered back and nobody has answered
 * them since (`answered_back_at`), however it stood before.
 *
 * The partial index `statements_waiting_idx` (db/schema/statements.ts,
 * drizzle/0005_waiting_index.sql) holds exactly these statements, with every
 * column the inbox, the caseload counts and the team view filter and sort on.
 * SQLite uses a partial index only when a query states its condition, so
 * `stillWaiting` is that condition word for word, and waiting.test.ts checks
 * the query plans. Changing what "waiting" means is a migration: the index,
 * `stillWaiting` and `whatIsWaiting` change together.
 */

/** The index's condition, as every query that wants the index must state it. */
export const stillWaiting = sql`((${statements.closedAt} is null and (${statements.firstRepliedAt} is null or ${statements.kind} = 'make_a_change')) or ${statements.answeredBackAt} is not null)`;

/** Read, and waiting for someone to answer: never answered, or answered back since. */
export const awaitingReplySql = sql`(${statements.firstReadAt} is not null and ((${statements.firstRepliedAt} is null and ${statements.closedAt} is null) or ${statements.answeredBackAt} is not null))`;

/** What a statement still needs from staff, worked out as the SQL does, for the inbox and the team view alike. */
export function whatIsWaiting(
	s: {
		kind: string;
		firstReadAt: Date | null;
		firstRepliedAt: Date | null;
		closedAt: Date | null;
		answeredBackAt: Date | null;
		sentAt: Date;
	},
	responseWorkingDays: number,
	now: Date,
	calendar: WorkingCalendar
) {
	const unread = s.firstReadAt === null;
	const openChange = s.kind === 'make_a_change' && s.closedAt === null;
	const answeredBack = s.answeredBackAt !== null;
	const awaitingReply =
		!unread && ((s.firstRepliedAt === null && s.closedAt === null) || answeredBack);
	return {
		unread,
		openChange,
		awaitingReply,
		answeredBack,
		overdue: isOverdue(s, responseWorkingDays, now, calendar)
	};
}

/** The columns that say what a statement still needs, for the inbox and the team view alike. */
export const waitingColumns = {
	id: statements.id,
	kind: statements.kind,
	status: statements.status,
	urgent: statements.urgent,
	sentAt: statements.sentAt,
	firstReadAt: statements.firstReadAt,
	firstRepliedAt: statements.firstRepliedAt,
	closedAt: statements.closedAt,
	answeredBackAt: statements.answeredBackAt,
	escalatedAt: statements.escalatedAt,
	acknowledgedAt: statements.acknowledgedAt
};

/**
 * An urgent statement nobody has said "I'm dealing with this" to, and still open. Reading it is
 * not dealing with it (ADR 27): its chain goes on until someone does, so it stays marked urgent
 * in the inbox and on the manager's page until then, read or not.
 */
export const urgentNotInHand = (s: {
	urgent: boolean;
	acknowledgedAt: Date | null;
	closedAt: Date | null;
}) => s.urgent && s.acknowledgedAt === null && s.closedAt === null;

/**
 * The caseload's counts of what is waiting, per young person, for a query that
 * LEFT JOINs statements on `stillWaiting` (so the index answers it). Being a
 * LEFT JOIN, "unread" also checks a statement is there (by a column the index
 * holds, so the table itself is never read). A change request answered back
 * after its decision waits too, so "open" also asks that it is not closed.
 */
const joinedUnread = sql`${statements.youngPersonId} is not null and ${statements.firstReadAt} is null`;
export const waitingCounts = {
	unread: sql<number>`count(*) filter (where ${joinedUnread})`.mapWith(Number),
	urgentUnread:
		sql<number>`count(*) filter (where ${joinedUnread} and ${statements.urgent})`.mapWith(Number),
	openChanges:
		sql<number>`count(*) filter (where ${statements.kind} = 'make_a_change' and ${statements.closedAt} is null)`.mapWith(
			Number
		),
	answeredBack:
		sql<number>`count(*) filter (where ${statements.answeredBackAt} is not null)`.mapWith(Number)
};

/**
 * The team view: every statement still waiting in the teams this manager
 * manages, with its young person's current worker and what it needs. Only what
 * is still waiting is loaded: a team's whole history would be tens of
 * thousands of rows.
 */
export async function listWaitingInManagedTeams(
	actor: SessionUser,
	responseWorkingDays: number,
	now: Date
) {
	const calendar = await workingCalendar();
	return (
		await db()
			.select({
				...waitingColumns,
				youngPersonId: youngPeople.id,
				preferredName: youngPeople.preferredName,
				workerId: allocations.workerId
			})
			.from(statements)
			.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
			.leftJoin(
				allocations,
				and(eq(allocations.youngPersonId, youngPeople.id), isNull(allocations.endedAt))
			)
			.where(and(visibleYoungPeople(actor, { reach: 'team' }), stillWaiting))
	).map((r) => ({ ...r, ...whatIsWaiting(r, responseWorkingDays, now, calendar) }));
}
