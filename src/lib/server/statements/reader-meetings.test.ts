import { describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { answersInWords } from './reader';

/* A meeting that was not on the young person's list reads as what they told us of it. */

const beforeMeeting = currentTemplate('before_meeting');
const statement = (answers: Record<string, unknown>) => ({
	templateId: beforeMeeting.id,
	templateVersion: beforeMeeting.version,
	answers,
	simpleMode: false
});
const meetingAnswer = (answers: Record<string, unknown>) =>
	answersInWords(statement(answers), null).find((a) => a.questionId === 'meeting')?.answer;

describe('a meeting that is not listed', () => {
	it('names the kind of meeting and its day, never the bare value "other"', () => {
		expect(
			meetingAnswer({
				meeting: 'other',
				meeting_other_type: 'looked_after_review',
				meeting_other_date: '2026-12-18'
			})
		).toMatch(/^A meeting that isn't listed: .+ on Fri 18 Dec/);
	});

	it('says what it can when the kind or the day was left out', () => {
		expect(meetingAnswer({ meeting: 'other', meeting_other_date: '2026-12-18' })).toBe(
			"A meeting that isn't listed: Fri 18 Dec"
		);
		expect(meetingAnswer({ meeting: 'other' })).toBe("A meeting that isn't listed");
	});
});
