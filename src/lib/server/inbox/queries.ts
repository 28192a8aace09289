import { and, asc, desc, eq, inArray } from 'drizzle-orm';
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

/**
 * The worker's inbox: statements from young people currently allocated to
 * them (never their team's, never an earlier worker's), urgent unread first,
 * then unread, then those awaiting a reply or an outcome.
 */
export function listInboxForWorker(actor: SessionUser, filters: InboxFilters = {}, now = new Date()) {
	const days = getSetting('responseWorkingDays');
	const conditions = [inArray(statements.youngPersonId, currentlyAllocatedTo(actor.id))];
	if (filters.youngPersonId) conditions.push(eq(statements.youngPersonId, filters.youngPersonId));
	if (filters.kind) conditions.push(eq(statements.kind, filters.kind));
	const rows = db()
		.select({
			id: statements.id,
			youngPersonId: statements.youngPersonId,
			preferredName: youngPeople.preferredName,
			kind: statements.kind,
			status: statements.status,
			urgent: statements.urgent,
			sentAt: statements.sentAt,
			firstReadAt: statements.firstReadAt,
			firstRepliedAt: statements.firstRepliedAt,
			escalatedAt: statements.escalatedAt,
			meetingAt: meetings.scheduledAt,
			decision: outcomes.decision
		})
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(meetings, eq(statements.meetingId, meetings.id))
		.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
		.where(and(...conditions))
		.orderBy(desc(statements.sentAt))
		.all()
		.map((row) => ({ ...row, ...whatIsWaiting(row, days, now) }));

	const status = filters.status ?? 'waiting';
	const kept = rows.filter((r) => {
		if (filters.overdueOnly && !r.overdue) return false;
		if (status === 'unread') return r.unread;
		if (status === 'awaiting_reply') return r.awaitingReply;
		if (status === 'open_change') return r.openChange;
		if (status === 'waiting') return r.unread || r.awaitingReply || r.openChange;
		return true;
	});
	const rank = (r: (typeof rows)[number]) => (r.urgent && r.unread ? 0 : r.unread ? 1 : r.awaitingReply || r.openChange ? 2 : 3);
	// Within a rank, the longest-waiting first; finished things newest first.
	return kept.sort((a, b) => rank(a) - rank(b) || (rank(a) < 3 ? a.sentAt.getTime() - b.sentAt.getTime() : b.sentAt.getTime() - a.sentAt.getTime()));
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
