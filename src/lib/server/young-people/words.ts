import { decisionWords, kindLabel } from '$lib/words/statements';
import { firstWords } from '$lib/templates/first-words';
import { voiceNoteWords } from '$lib/words/voice';
import { readStatement, readStatements } from '../statements/reader';

/*
 * A young person's own statements, read through the one statement reader:
 * their list and each statement on their pages, and their words as a copy.
 * Every read is by the young person's own id, so a guessed id finds nothing.
 */

/** Newest first, each with the opening words the young person wrote, so two of a kind can be told apart. */
export async function listOwnStatements(youngPersonId: string) {
	return (await readStatements({ youngPerson: youngPersonId }, {}, 'newest_first')).map(
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
export async function findOwnStatement(youngPersonId: string, statementId: string) {
	const found = await readStatement({ youngPerson: youngPersonId }, statementId);
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

/**
 * Everything a young person said and every answer they got, in words: for
 * their own "download my words" and for an admin's subject-access export.
 * Callers audit the read; this module only gathers.
 */
export async function statementsInWords(youngPersonId: string) {
	return (await readStatements({ youngPerson: youngPersonId }, {}, 'oldest_first')).map(
		({ statement: s, answers, thread, outcome }) => ({
			id: s.id,
			kind: s.kind,
			what: kindLabel(s.kind),
			sentAt: s.sentAt,
			status: s.status,
			urgent: s.urgent,
			consentToShare: s.consentToShare,
			firstReadAt: s.firstReadAt,
			anonymisedAt: s.anonymisedAt,
			/** "Did you feel listened to?", 1 to 5, once they have said. */
			listenedRating: s.listenedRating,
			// An answer given by voice alone is listed by its recording (ADR 37).
			answers: answers
				.filter((a) => a.answered || a.voice)
				.map((a) => ({
					questionId: a.questionId,
					question: a.question,
					answer: a.answered ? a.answer : '',
					voice: a.voice ? voiceNoteWords(a.voice.durationMs) : null
				})),
			replies: thread.map((r) => ({
				fromYoungPerson: r.fromYoungPerson,
				from: r.author,
				body: r.body,
				at: r.createdAt,
				isDecision: r.isDecision,
				isCorrectionRequest: r.isCorrectionRequest
			})),
			outcome: outcome
				? {
						decision: decisionWords(outcome.decision),
						explanation: outcome.explanation,
						by: outcome.by,
						at: outcome.recordedAt
					}
				: null
		})
	);
}
export type StatementInWords = Awaited<ReturnType<typeof statementsInWords>>[number];
