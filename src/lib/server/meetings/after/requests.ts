import { requestQuestionsOf } from '$lib/templates/answer-map';
import type { ReadStatement } from '../../statements/reader';

/**
 * What a young person asked for before a meeting: the answers their
 * template names as requests ("what I want to happen", who they want there,
 * how they want to take part, what not to read out), each keyed by statement
 * and question so the meeting's feedback can say which were agreed.
 */
export interface MeetingRequest {
	key: string;
	question: string;
	answer: string;
}

export const requestKey = (statementId: string, questionId: string) =>
	`${statementId}:${questionId}`;

export function requestsIn(
	statements: Pick<ReadStatement, 'statement' | 'answers'>[]
): MeetingRequest[] {
	return statements.flatMap(({ statement, answers }) => {
		if (statement.anonymisedAt) return [];
		const asked = requestQuestionsOf(statement.templateId, statement.templateVersion);
		return answers
			.filter((a) => a.answered && asked.includes(a.questionId))
			.map((a) => ({
				key: requestKey(statement.id, a.questionId),
				question: a.question,
				answer: a.answer
			}));
	});
}
