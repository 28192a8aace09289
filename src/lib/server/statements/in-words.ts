import { shortDate } from '$lib/dates';
import { meetingQuestionOf } from '$lib/templates/answer-map';
import { describeAnswers } from '$lib/templates/describe';
import { meetingTypeLabel, word } from '$lib/templates/words';
import type { meetings, statements } from '../db/schema';

type StatementRow = typeof statements.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

/** "Looked-after review on Tue 3 Dec": how a meeting is named wherever it is shown. */
export function meetingLabel(meeting: Pick<MeetingRow, 'type' | 'scheduledAt'>): string {
	return (
		word('meeting_on', {
			type: meetingTypeLabel(meeting.type),
			date: shortDate(meeting.scheduledAt)
		}) ?? meeting.type
	);
}

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
	const meetingWords = meeting ? meetingLabel(meeting) : null;
	return describeAnswers(
		statement.templateId,
		statement.templateVersion,
		statement.answers,
		statement.simpleMode
	).map((a) =>
		a.questionId === meetingQuestion && meetingWords ? { ...a, answer: meetingWords } : a
	);
}
