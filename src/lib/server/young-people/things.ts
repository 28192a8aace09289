import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { firstWords } from '$lib/templates/first-words';
import { db } from '../db';
import { drafts, meetings, outcomes, replies, statements, users } from '../db/schema';

/**
 * Reads for a young person's own things. Every one filters by the young
 * person's own id in SQL, so a guessed id finds nothing.
 */

/** Newest first, each with the opening words the young person wrote, so two of a kind can be told apart. */
export function listOwnStatements(youngPersonId: string) {
	return db()
		.select({
			id: statements.id,
			kind: statements.kind,
			status: statements.status,
			urgent: statements.urgent,
			sentAt: statements.sentAt,
			firstReadAt: statements.firstReadAt,
			readBy: users.firstName,
			firstRepliedAt: statements.firstRepliedAt,
			decision: outcomes.decision,
			templateId: statements.templateId,
			templateVersion: statements.templateVersion,
			answers: statements.answers,
			anonymisedAt: statements.anonymisedAt
		})
		.from(statements)
		.leftJoin(users, eq(statements.firstReadBy, users.id))
		.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
		.where(eq(statements.youngPersonId, youngPersonId))
		.orderBy(desc(statements.sentAt))
		.all()
		.map(({ templateId, templateVersion, answers, anonymisedAt, ...thing }) => ({
			...thing,
			firstWords: anonymisedAt ? null : firstWords(templateId, templateVersion, answers)
		}));
}

export function findOwnStatement(youngPersonId: string, statementId: string) {
	const statement = db()
		.select({ statement: statements, readBy: users.firstName })
		.from(statements)
		.leftJoin(users, eq(statements.firstReadBy, users.id))
		.where(and(eq(statements.id, statementId), eq(statements.youngPersonId, youngPersonId)))
		.get();
	if (!statement) return null;
	const thread = db()
		.select({
			id: replies.id,
			body: replies.body,
			isDecision: replies.isDecision,
			createdAt: replies.createdAt,
			authorId: replies.authorId,
			author: users.firstName
		})
		.from(replies)
		.innerJoin(users, eq(replies.authorId, users.id))
		.where(eq(replies.statementId, statementId))
		.orderBy(asc(replies.createdAt))
		.all();
	const outcome = db()
		.select({
			decision: outcomes.decision,
			explanation: outcomes.explanation,
			recordedAt: outcomes.recordedAt,
			by: users.firstName
		})
		.from(outcomes)
		.innerJoin(users, eq(outcomes.recordedBy, users.id))
		.where(eq(outcomes.statementId, statementId))
		.get();
	const completedWith = statement.statement.completedWithWorkerId
		? db()
				.select({ firstName: users.firstName })
				.from(users)
				.where(eq(users.id, statement.statement.completedWithWorkerId))
				.get()
		: undefined;
	const meeting = statement.statement.meetingId
		? db().select().from(meetings).where(eq(meetings.id, statement.statement.meetingId)).get()
		: undefined;
	return {
		...statement.statement,
		readBy: statement.readBy,
		completedWith: completedWith?.firstName ?? null,
		thread,
		outcome: outcome ?? null,
		meeting: meeting ?? null
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
		.select({ id: statements.id, sentAt: statements.sentAt, answers: statements.answers })
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
