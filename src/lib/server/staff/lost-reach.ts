import { and, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { allocations, auditEvents, meetings, statements } from '../db/schema';

/*
 * A reply, an outcome or a meeting's feedback sent about a young person the sender no longer
 * reaches: moved to another worker, or their record closed, while the words were being typed.
 * Those words must not be lost with a "page not found"; but a guessed id must still find nothing,
 * so the page that gives them back is for someone who once reached this young person: allocated
 * to them before, or who read or answered something of theirs (a manager of their old team). It
 * shows the sender's own words and nothing of the young person, statement or meeting.
 */

/** What staff did that only someone reaching the young person can do (audit/index.ts). */
const REACHED = [
	'statement_read',
	'staff_replied',
	'outcome_recorded',
	'meeting_scheduled',
	'meeting_feedback_recorded'
] as const;

export type Subject = { statementId: string } | { meetingId: string };

async function youngPersonOf(subject: Subject): Promise<string | null> {
	const row =
		'statementId' in subject
			? (
					await db()
						.select({ id: statements.youngPersonId })
						.from(statements)
						.where(eq(statements.id, subject.statementId))
						.limit(1)
				)[0]
			: (
					await db()
						.select({ id: meetings.youngPersonId })
						.from(meetings)
						.where(eq(meetings.id, subject.meetingId))
						.limit(1)
				)[0];
	return row?.id ?? null;
}

/**
 * Whether this member of staff once reached the young person a statement or meeting is about.
 * Asked only after a write found nothing in their reach now: true means "no longer yours", false
 * (never theirs, or no such thing) keeps the answer a plain 404.
 */
export async function onceReached(actor: SessionUser, subject: Subject): Promise<boolean> {
	const youngPersonId = await youngPersonOf(subject);
	if (!youngPersonId) return false;
	const allocated = await db()
		.select({ id: allocations.id })
		.from(allocations)
		.where(and(eq(allocations.workerId, actor.id), eq(allocations.youngPersonId, youngPersonId)))
		.limit(1);
	if (allocated.length > 0) return true;
	const acted = await db()
		.select({ id: auditEvents.id })
		.from(auditEvents)
		.where(
			and(
				eq(auditEvents.youngPersonId, youngPersonId),
				eq(auditEvents.actorId, actor.id),
				inArray(auditEvents.action, [...REACHED])
			)
		)
		.limit(1);
	return acted.length > 0;
}
