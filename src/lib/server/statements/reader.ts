import { and, asc, desc, eq, inArray, type SQL, type SQLWrapper } from 'drizzle-orm';
import { meetingQuestionOf } from '$lib/templates/answer-map';
import { describeAnswers } from '$lib/templates/describe';
import { meetingLabel, notListedMeeting } from './meeting-words';
import { db } from '../db';
import { statements, type meetings } from '../db/schema';
import { visibleStatements, visibleYoungPersonIds, type Reading } from '../staff/scope';

/*
 * The one reader of whole statements: each with its young person, meeting,
 * who first read it, who completed it with them, its thread and its outcome,
 * in one query however many statements there are (drizzle's relational read,
 * relations in db/schema/index.ts). Staff pages, the exports, the young
 * person's own pages and the subject-access export all read through it.
 */

type StatementRow = typeof statements.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

/**
 * Question → answer in words, as the statement's own template version asked
 * it; the question the template names as its meeting reads as the meeting
 * rather than its id.
 */
export function answersInWords(
	statement: Pick<StatementRow, 'templateId' | 'templateVersion' | 'answers' | 'simpleMode'>,
	meeting: MeetingRow | null
) {
	const meetingQuestion = meetingQuestionOf(statement.templateId, statement.templateVersion);
	const meetingWords = meeting ? meetingLabel(meeting) : notListedMeeting(statement.answers);
	return describeAnswers(
		statement.templateId,
		statement.templateVersion,
		statement.answers,
		statement.simpleMode
	).map((a) =>
		a.questionId === meetingQuestion && meetingWords ? { ...a, answer: meetingWords } : a
	);
}

/** Each answer with the voice note recorded for its question, if there is one. */
function withVoiceNotes<A extends { questionId: string }>(
	answers: A[],
	notes: { questionId: string; durationMs: number | null }[]
): (A & { voice?: { durationMs: number | null } | null })[] {
	return answers.map((a) => {
		const note = notes.find((n) => n.questionId === a.questionId);
		return { ...a, voice: note ? { durationMs: note.durationMs } : null };
	});
}

/**
 * Whose statements: a member of staff's, through the one scope rule with
 * archived records included (every caller reads a file, a statement, a
 * meeting pack or an export: staff/scope.ts); or one young person's own, for
 * their pages and copies of their words (the caller audits a copy).
 */
export type Whose = { staff: Reading } | { youngPerson: string | SQLWrapper };

/** Each a value, or a prepared query's placeholder. */
export interface Which {
	statementId?: string | SQLWrapper;
	youngPersonId?: string | SQLWrapper;
	meetingId?: string | SQLWrapper;
	/** The statement page only: include an urgent statement the chain brought to them (staff/scope.ts). */
	urgentReach?: boolean;
}

export function conditions(whose: Whose, which: Which): SQL | undefined {
	// The statement page may also read one the urgent chain brought to them (staff/scope.ts); a
	// file, a meeting pack or an export never does.
	const scope =
		'staff' in whose
			? which.statementId && which.urgentReach
				? visibleStatements(whose.staff, { includeArchived: true })
				: inArray(
						statements.youngPersonId,
						visibleYoungPersonIds(whose.staff, { includeArchived: true })
					)
			: eq(statements.youngPersonId, whose.youngPerson);
	return and(
		scope,
		which.statementId ? eq(statements.id, which.statementId) : undefined,
		which.youngPersonId ? eq(statements.youngPersonId, which.youngPersonId) : undefined,
		which.meetingId ? eq(statements.meetingId, which.meetingId) : undefined
	);
}

export const firstName = { columns: { firstName: true } } as const;

/** A statement's thread as every page shows it: who wrote each reply, and whether it was them. */
export const threadOf = <R extends { authorId: string; author: { firstName: string } }>(
	replies: R[],
	youngPersonUserId: string | null
) =>
	replies.map(({ author, ...reply }) => ({
		...reply,
		author: author.firstName,
		fromYoungPerson: reply.authorId === youngPersonUserId
	}));

/** Statements with everything said about them, by when they were sent. */
export async function readStatements(
	whose: Whose,
	which: Which = {},
	order: 'oldest_first' | 'newest_first' = 'oldest_first'
) {
	return (
		await db().query.statements.findMany({
			where: conditions(whose, which),
			orderBy: [order === 'oldest_first' ? asc(statements.sentAt) : desc(statements.sentAt)],
			with: {
				youngPerson: true,
				meeting: true,
				firstReader: firstName,
				acknowledger: firstName,
				completedWith: firstName,
				outcome: { with: { recorder: firstName } },
				// What staff and exports say of a recording; its bytes are read only when it is played.
				voiceNotes: { columns: { questionId: true, size: true, durationMs: true } },
				replies: {
					columns: { statementId: false },
					orderBy: (r, { asc }) => [asc(r.createdAt)],
					with: { author: firstName }
				}
			}
		})
	).map(
		({
			youngPerson,
			meeting,
			firstReader,
			acknowledger,
			completedWith,
			outcome,
			replies,
			voiceNotes,
			...row
		}) => ({
			statement: row,
			person: youngPerson,
			meeting,
			readBy: firstReader?.firstName ?? null,
			acknowledgedBy: acknowledger?.firstName ?? null,
			completedWith: completedWith?.firstName ?? null,
			answers: withVoiceNotes(answersInWords(row, meeting), voiceNotes),
			voiceNotes,
			thread: threadOf(replies, youngPerson.userId),
			outcome: outcome && {
				decision: outcome.decision,
				explanation: outcome.explanation,
				recordedAt: outcome.recordedAt,
				by: outcome.recorder.firstName
			}
		})
	);
}

export type ReadStatement = Awaited<ReturnType<typeof readStatements>>[number];

/**
 * The answers staff are shown: none on an anonymised statement, whose words
 * retention has taken (the young person's own copy still lists their choices).
 */
export function answersForStaff(s: ReadStatement) {
	return s.statement.anonymisedAt ? [] : s.answers;
}

/** One statement, or null when it is not theirs to read. */
export async function readStatement(
	whose: Whose,
	statementId: string,
	options: { urgentReach?: boolean } = {}
): Promise<ReadStatement | null> {
	return (await readStatements(whose, { statementId, ...options }))[0] ?? null;
}
