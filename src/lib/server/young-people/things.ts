import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { db } from '../db';
import { drafts, meetings, statements } from '../db/schema';

/**
 * Reads for a young person's own things. Every one filters by the young
 * person's own id in SQL, so a guessed id finds nothing.
 */

export function listOwnUpcomingMeetings(youngPersonId: string, now = new Date()) {
	return db()
		.select({ id: meetings.id, type: meetings.type, scheduledAt: meetings.scheduledAt })
		.from(meetings)
		.where(
			and(
				eq(meetings.youngPersonId, youngPersonId),
				gt(meetings.scheduledAt, now),
				isNull(meetings.cancelledAt)
			)
		)
		.orderBy(asc(meetings.scheduledAt))
		.all();
}

/** Upcoming meetings the young person has not yet sent their views for: the home page asks. */
export function listMeetingsAwaitingViews(youngPersonId: string, now = new Date()) {
	const sentFor = new Set(
		db()
			.select({ meetingId: statements.meetingId })
			.from(statements)
			.where(eq(statements.youngPersonId, youngPersonId))
			.all()
			.map((s) => s.meetingId)
	);
	return listOwnUpcomingMeetings(youngPersonId, now).filter((meeting) => !sentFor.has(meeting.id));
}

export function findOwnDraft(youngPersonId: string, templateId: string) {
	return db()
		.select({ answers: drafts.answers, updatedAt: drafts.updatedAt })
		.from(drafts)
		.where(and(eq(drafts.youngPersonId, youngPersonId), eq(drafts.templateId, templateId)))
		.get();
}

/** Every "How I'm feeling" answer, oldest first, for the young person's own chart. */
export function listOwnFeelings(youngPersonId: string) {
	return db()
		.select({
			id: statements.id,
			sentAt: statements.sentAt,
			templateId: statements.templateId,
			templateVersion: statements.templateVersion,
			answers: statements.answers
		})
		.from(statements)
		.where(
			and(
				eq(statements.youngPersonId, youngPersonId),
				eq(statements.kind, 'feelings'),
				isNull(statements.anonymisedAt)
			)
		)
		.orderBy(asc(statements.sentAt))
		.all();
}
