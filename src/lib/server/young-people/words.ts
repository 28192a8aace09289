import { asc, eq, inArray } from 'drizzle-orm';
import { shortDate } from '$lib/dates';
import { kindLabel } from '$lib/statement-kinds';
import { decisionWords } from '$lib/statement-status';
import { describeAnswers } from '$lib/templates/describe';
import { meetingTypeLabel, word } from '$lib/templates/words';
import { db } from '../db';
import { meetings, outcomes, replies, statements, users, youngPeople } from '../db/schema';

/**
 * Everything a young person said and every answer they got, in words: for
 * their own "download my words" and for an admin's subject-access export.
 * Callers audit the read; this module only gathers.
 */
export function statementsInWords(youngPersonId: string) {
	const ownUserId =
		db()
			.select({ userId: youngPeople.userId })
			.from(youngPeople)
			.where(eq(youngPeople.id, youngPersonId))
			.get()?.userId ?? null;
	const rows = db()
		.select()
		.from(statements)
		.where(eq(statements.youngPersonId, youngPersonId))
		.orderBy(asc(statements.sentAt))
		.all();
	const ids = rows.map((s) => s.id);
	const meetingIds = rows.map((s) => s.meetingId).filter((id): id is string => id !== null);
	const meetingById = new Map(
		(meetingIds.length
			? db().select().from(meetings).where(inArray(meetings.id, meetingIds)).all()
			: []
		).map((mt) => [mt.id, mt])
	);
	const thread = ids.length
		? db()
				.select({
					statementId: replies.statementId,
					body: replies.body,
					at: replies.createdAt,
					isDecision: replies.isDecision,
					isCorrectionRequest: replies.isCorrectionRequest,
					authorId: replies.authorId,
					from: users.firstName
				})
				.from(replies)
				.innerJoin(users, eq(replies.authorId, users.id))
				.where(inArray(replies.statementId, ids))
				.orderBy(asc(replies.createdAt))
				.all()
		: [];
	const outcomeRows = ids.length
		? db()
				.select({ o: outcomes, by: users.firstName })
				.from(outcomes)
				.innerJoin(users, eq(outcomes.recordedBy, users.id))
				.where(inArray(outcomes.statementId, ids))
				.all()
		: [];
	const outcomeById = new Map(outcomeRows.map((r) => [r.o.statementId, r]));

	return rows.map((s) => {
		const meeting = s.meetingId ? meetingById.get(s.meetingId) : undefined;
		const meetingWords = meeting
			? word('meeting_on', {
					type: meetingTypeLabel(meeting.type),
					date: shortDate(meeting.scheduledAt)
				})
			: undefined;
		const answers = describeAnswers(s.templateId, s.templateVersion, s.answers)
			.filter((a) => a.answered)
			.map((a) => ({
				question: a.question,
				answer: a.questionId === 'meeting' && meetingWords ? meetingWords : a.answer
			}));
		const outcome = outcomeById.get(s.id);
		return {
			id: s.id,
			kind: s.kind,
			what: kindLabel(s.kind),
			sentAt: s.sentAt,
			status: s.status,
			urgent: s.urgent,
			consentToShare: s.consentToShare,
			firstReadAt: s.firstReadAt,
			anonymisedAt: s.anonymisedAt,
			answers,
			replies: thread
				.filter((r) => r.statementId === s.id)
				.map((r) => ({
					fromYoungPerson: r.authorId === ownUserId,
					from: r.from,
					body: r.body,
					at: r.at,
					isDecision: r.isDecision,
					isCorrectionRequest: r.isCorrectionRequest
				})),
			outcome: outcome
				? {
						decision: decisionWords(outcome.o.decision),
						explanation: outcome.o.explanation,
						by: outcome.by,
						at: outcome.o.recordedAt
					}
				: null
		};
	});
}
export type StatementInWords = ReturnType<typeof statementsInWords>[number];
