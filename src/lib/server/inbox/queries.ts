import { and, asc, count, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { StatementKind } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { meetings, outcomes, statements, youngPeople } from '../db/schema';
import { getSetting } from '../settings';
import { currentlyAllocatedTo } from '../staff/scope';
import { isOverdue } from './overdue';

export const INBOX_STATUSES = ['waiting', 'unread', 'awaiting_reply', 'open_change', 'all'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

export interface InboxFilters {
	youngPersonId?: string;
	kind?: StatementKind;
	status?: InboxStatus;
	overdueOnly?: boolean;
}

export type InboxRow = ReturnType<typeof listInboxForWorker>[number];

/** What a statement still needs from staff, worked out the same way for the inbox and the team view. */
export function whatIsWaiting(
	s: { kind: string; status: string; firstReadAt: Date | null; firstRepliedAt: Date | null; sentAt: Date; decision: string | null },
	responseWorkingDays: number,
	now: Date
) {
	const unread = s.firstReadAt === null;
	const openChange = s.kind === 'make_a_change' && (s.decision === null || s.decision === 'still_working');
	const awaitingReply = !unread && s.firstRepliedAt === null && s.status !== 'closed';
	return { unread, openChange, awaitingReply, overdue: isOverdue(s, responseWorkingDays, now) };
}

/** At most this many rows on one page; the page says how many more match. */
export const INBOX_PAGE_SIZE = 50;

/** The columns that say what a statement still needs, for the inbox and the team view alike. */
export const waitingColumns = {
	id: statements.id,
	kind: statements.kind,
	status: statements.status,
	urgent: statements.urgent,
	sentAt: statements.sentAt,
	firstReadAt: statements.firstReadAt,
	firstRepliedAt: statements.firstRepliedAt,
	escalatedAt: statements.escalatedAt,
	decision: outcomes.decision
};

const unread = sql`${statements.firstReadAt} is null`;
const awaitingReply = sql`(${statements.firstReadAt} is not null and ${statements.firstRepliedAt} is null and ${statements.status} <> 'closed')`;
const openChange = sql`(${statements.kind} = 'make_a_change' and (${outcomes.decision} is null or ${outcomes.decision} = 'still_working'))`;
/** Urgent unread first, then unread, then waiting for a reply or an outcome, then the rest. */
/** Anything staff still owe the young person: a read, a reply or an outcome (needs the outcomes join). */
export const stillWaiting = sql`(${unread} or ${awaitingReply} or ${openChange})`;
const rank = sql`case when ${statements.urgent} = 1 and ${unread} then 0 when ${unread} then 1 when ${awaitingReply} or ${openChange} then 2 else 3 end`;

/**
 * The filters as SQL, so a worker with years of history gets their page from
 * the database rather than every statement they ever had. Overdue is narrowed
 * here by calendar days (never fewer than working days) and made exact after.
 */
function inboxConditions(actor: SessionUser, filters: InboxFilters, now: Date, days: number) {
	const conditions = [inArray(statements.youngPersonId, currentlyAllocatedTo(actor.id))];
	if (filters.youngPersonId) conditions.push(eq(statements.youngPersonId, filters.youngPersonId));
	if (filters.kind) conditions.push(eq(statements.kind, filters.kind));
	const status = filters.status ?? 'waiting';
	if (status === 'unread') conditions.push(unread);
	if (status === 'awaiting_reply') conditions.push(awaitingReply);
	if (status === 'open_change') conditions.push(openChange);
	if (status === 'waiting') conditions.push(stillWaiting);
	if (filters.overdueOnly) conditions.push(unread, lt(statements.sentAt, new Date(now.getTime() - days * 86_400_000)));
	return and(...conditions);
}

/**
 * The worker's inbox: statements from young people currently allocated to
 * them (never their team's, never an earlier worker's), urgent unread first,
 * then unread, then those awaiting a reply or an outcome; the longest-waiting
 * first within each, finished things newest first.
 */
export function listInboxForWorker(actor: SessionUser, filters: InboxFilters = {}, now = new Date(), limit = INBOX_PAGE_SIZE) {
	const days = getSetting('responseWorkingDays');
	return db()
		.select({ ...waitingColumns, youngPersonId: statements.youngPersonId, preferredName: youngPeople.preferredName, meetingAt: meetings.scheduledAt })
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(meetings, eq(statements.meetingId, meetings.id))
		.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
		.where(inboxConditions(actor, filters, now, days))
		.orderBy(rank, sql`case when ${rank} < 3 then ${statements.sentAt} end asc`, desc(statements.sentAt))
		.limit(limit)
		.all()
		.map((row) => ({ ...row, ...whatIsWaiting(row, days, now) }))
		.filter((row) => !filters.overdueOnly || row.overdue);
}

/** How many statements match the filters in all, for "showing 100 of 240". */
export function countInboxForWorker(actor: SessionUser, filters: InboxFilters = {}, now = new Date()) {
	const days = getSetting('responseWorkingDays');
	return (
		db()
			.select({ n: count() })
			.from(statements)
			.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
			.where(inboxConditions(actor, filters, now, days))
			.get()?.n ?? 0
	);
}

/** The young people a worker may filter their inbox by. */
export function listAllocatedYoungPeople(actor: SessionUser) {
	return db()
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName })
		.from(youngPeople)
		.where(inArray(youngPeople.id, currentlyAllocatedTo(actor.id)))
		.orderBy(asc(youngPeople.preferredName))
		.all();
}
