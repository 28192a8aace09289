import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import { firstWords } from '$lib/templates/first-words';
import { db } from '../db';
import { drafts, meetings, statements } from '../db/schema';
import { readStatement, readStatements } from '../statements/reader';

/**
 * Reads for a young person's own things. Every one filters by the young
 * person's own id in SQL, so a guessed id finds nothing.
 */

/** Newest first, each with the opening words the young person wrote, so two of a kind can be told apart. */
export function listOwnStatements(youngPersonId: string) {
	return readStatements({ youngPerson: youngPersonId }, {}, 'newest_first').map(
		({ statement: s, readBy, outcome }) => ({
			id: s.id,
			kind: s.kind,
			status: s.status,
			urgent: s.urgent,
			sentAt: s.sentAt,
			firstReadAt: s.firstReadAt,
			readBy,
			firstRepliedAt: s.firstRepliedAt,
			decision: outcome?.decision ?? null,
			firstWords: s.anonymisedAt ? null : firstWords(s.templateId, s.templateVersion, s.answers)
		})
	);
}

/** One of their own statements with its thread, outcome and meeting; its answers in words, none once anonymised. */
export function findOwnStatement(youngPersonId: string, statementId: string) {
	const found = readStatement({ youngPerson: youngPersonId }, statementId);
	if (!found) return null;
	return {
		...found.statement,
		readBy: found.readBy,
		completedWith: found.completedWith,
		thread: found.thread,
		outcome: found.outcome,
		meeting: found.meeting,
		answersInWords: found.statement.anonymisedAt ? [] : found.answers
	};
}

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
