import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { StatementKind } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { preparedPerShape } from '../db/prepared';
import { meetings, statements, youngPeople } from '../db/schema';
import { getSetting } from '../settings';
import { visibleYoungPersonIds } from '../staff/scope';
import { preparedWorker } from '../staff/scope-prepared';
import {
	awaitingReplySql as awaitingReply,
	stillWaiting,
	waitingColumns,
	whatIsWaiting
} from '../statements/waiting';
import { workingCalendar } from '../working-time/calendar';
import { insertionOrder, storedMoment } from '../db/dialect';
import { onPostgres } from '../db/engine';

export const INBOX_STATUSES = [
	'waiting',
	'unread',
	'awaiting_reply',
	'open_change',
	'all'
] as const;
type InboxStatus = (typeof INBOX_STATUSES)[number];

export interface InboxFilters {
	youngPersonId?: string;
	kind?: StatementKind;
	status?: InboxStatus;
	overdueOnly?: boolean;
}

const unread = sql`${statements.firstReadAt} is null`;
const openChange = sql`(${statements.kind} = 'make_a_change' and ${statements.closedAt} is null)`;

/** The worker's own caseload, open records only (staff/scope.ts). */
const caseload = visibleYoungPersonIds(preparedWorker, { reach: 'caseload' });

/**
 * At most this many rows on one page, the longest waiting first; the pages after it hold the rest.
 * Small enough for a phone on a slow connection to draw at once, and for the page to cost the
 * server little more than a simple one (docs/BENCHMARKS.md).
 */
export const INBOX_PAGE_SIZE = 25;

/** Urgent unread first, then unread, then waiting for a reply or an outcome, then the rest. */
const rank = sql`case when ${statements.urgent} and ${unread} then 0 when ${unread} then 1 when ${stillWaiting} then 2 else 3 end`;

/** Which filters are set: each combination is one query, built once and run with the values. */
type InboxShape = `${InboxStatus}:${boolean}:${boolean}:${boolean}`;
const shapeOf = (f: InboxFilters): InboxShape =>
	`${f.status ?? 'waiting'}:${!!f.youngPersonId}:${!!f.kind}:${!!f.overdueOnly}`;
const valuesOf = (actor: SessionUser, f: InboxFilters, now: Date, days: number) => ({
	workerId: actor.id,
	youngPersonId: f.youngPersonId ?? null,
	kind: f.kind ?? null,
	// Overdue is narrowed in SQL by calendar days (never fewer than working days) and made exact after.
	sentBefore: storedMoment(new Date(now.getTime() - days * 86_400_000))
});

/**
 * The filters as SQL, on statements alone so the waiting index answers them.
 * Every status but "all" is a part of "still waiting" and says so, for the
 * same reason.
 */
function inboxConditions(shape: InboxShape) {
	const [status, person, kind, overdue] = shape.split(':');
	const conditions = [inArray(statements.youngPersonId, caseload)];
	if (person === 'true')
		conditions.push(eq(statements.youngPersonId, sql.placeholder('youngPersonId')));
	if (kind === 'true') conditions.push(eq(statements.kind, sql.placeholder('kind')));
	if (status !== 'all') conditions.push(stillWaiting);
	if (status === 'unread') conditions.push(unread);
	if (status === 'awaiting_reply') conditions.push(awaitingReply);
	if (status === 'open_change') conditions.push(openChange);
	if (overdue === 'true')
		conditions.push(unread, sql`${statements.sentAt} < ${sql.placeholder('sentBefore')}`);
	return and(...conditions);
}

// SQLite's rowid is in every index entry, so choosing the page never reads the table: only the
// rows on the page are read in full. PostgreSQL's indexes hold the id instead.
const rowKey = onPostgres ? sql<number>`${statements.id}` : insertionOrder(statements);
// Last, the row itself: two sent in the same millisecond keep their places from page to page.
const order = [
	rank,
	sql`case when ${rank} < 3 then ${statements.sentAt} end asc`,
	desc(statements.sentAt),
	rowKey
];

const inboxQueries = preparedPerShape((database, shape: InboxShape) => ({
	page: database
		.select({
			...waitingColumns,
			youngPersonId: statements.youngPersonId,
			preferredName: youngPeople.preferredName,
			meetingAt: meetings.scheduledAt
		})
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(meetings, eq(statements.meetingId, meetings.id))
		.where(
			inArray(
				rowKey,
				database
					.select({ rowKey })
					.from(statements)
					.where(inboxConditions(shape))
					.orderBy(...order)
					.limit(sql.placeholder('limit'))
					.offset(sql.placeholder('offset'))
			)
		)
		.orderBy(...order)
		.prepare(),
	count: database.select({ n: count() }).from(statements).where(inboxConditions(shape)).prepare()
}));

/**
 * The worker's inbox: statements from their own caseload (staff/scope.ts:
 * never their team's, never an earlier worker's, never an archived record's), urgent unread first,
 * then unread, then those awaiting a reply or an outcome; the longest-waiting
 * first within each, finished things newest first.
 */
export async function listInboxForWorker(
	actor: SessionUser,
	filters: InboxFilters = {},
	now = new Date(),
	{ page = 1, limit = INBOX_PAGE_SIZE }: { page?: number; limit?: number } = {}
) {
	const days = await getSetting('responseWorkingDays');
	const calendar = await workingCalendar();
	const rows = await inboxQueries(shapeOf(filters)).page.all({
		...valuesOf(actor, filters, now, days),
		limit,
		offset: (page - 1) * limit
	});
	return rows
		.map((row) => ({ ...row, ...whatIsWaiting(row, days, now, calendar) }))
		.filter((row) => !filters.overdueOnly || row.overdue);
}

/** How many statements match the filters in all, for "26 to 50 of 240" and the pages. */
export async function countInboxForWorker(
	actor: SessionUser,
	filters: InboxFilters = {},
	now = new Date()
) {
	const days = await getSetting('responseWorkingDays');
	const counted = await inboxQueries(shapeOf(filters)).count.get(
		valuesOf(actor, filters, now, days)
	);
	return counted?.n ?? 0;
}
