import { kindLabel } from '$lib/statement-kinds';
import { decisionWords } from '$lib/statement-status';
import { readStatements } from '../statements/reader';

/**
 * Everything a young person said and every answer they got, in words: for
 * their own "download my words" and for an admin's subject-access export.
 * Callers audit the read; this module only gathers, through the one
 * statement reader.
 */
export function statementsInWords(youngPersonId: string) {
	return readStatements({ youngPerson: youngPersonId }, {}, 'oldest_first').map(
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
			answers: answers
				.filter((a) => a.answered)
				.map((a) => ({ question: a.question, answer: a.answer })),
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
export type StatementInWords = ReturnType<typeof statementsInWords>[number];
