import { describe, expect, it } from 'vitest';
import { beforeMeetingWords, timingForMeetingWords, waitedWords } from './durations';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const meeting = new Date('2026-12-10T10:00:00Z');
const before = (ms: number) => new Date(meeting.getTime() - ms);

describe('spans of time, counted in words', () => {
	it('says one minute, hour or day in the singular', () => {
		const now = new Date('2026-12-10T10:00:00Z');
		expect(waitedWords(before(30 * 1000), now, 'en')).toBe('1 minute');
		expect(waitedWords(before(MINUTE), now, 'en')).toBe('1 minute');
		expect(waitedWords(before(45 * MINUTE), now, 'en')).toBe('45 minutes');
		expect(waitedWords(before(HOUR + 5 * MINUTE), now, 'en')).toBe('1 hour');
		expect(waitedWords(before(5 * HOUR), now, 'en')).toBe('5 hours');
		expect(waitedWords(before(3 * 24 * HOUR), now, 'en')).toBe('3 days');
	});

	it('says how long before the meeting a statement came, in the inbox', () => {
		expect(beforeMeetingWords(before(HOUR + MINUTE), meeting, 'en')).toBe('Yes, 1 hour before');
		expect(beforeMeetingWords(before(10 * MINUTE), meeting, 'en')).toBe('Yes, 0 hours before');
		expect(beforeMeetingWords(before(5 * HOUR), meeting, 'en')).toBe('Yes, 5 hours before');
		expect(beforeMeetingWords(before(72 * HOUR), meeting, 'en')).toBe('Yes, 3 days before');
		expect(beforeMeetingWords(before(-HOUR), meeting, 'en')).toBe('Sent after the meeting');
		expect(beforeMeetingWords(before(HOUR), null, 'en')).toBe('No');
	});

	it('says when views reached their meeting, for the pack and the file', () => {
		expect(timingForMeetingWords(before(10 * MINUTE), meeting, 'en')).toBe(
			'less than an hour before the meeting'
		);
		expect(timingForMeetingWords(before(90 * MINUTE), meeting, 'en')).toBe(
			'an hour before the meeting'
		);
		expect(timingForMeetingWords(before(2 * HOUR), meeting, 'en')).toBe(
			'2 hours before the meeting'
		);
		expect(timingForMeetingWords(before(50 * HOUR), meeting, 'en')).toBe(
			'2 days before the meeting'
		);
		expect(timingForMeetingWords(before(-MINUTE), meeting, 'en')).toBe('after the meeting');
	});
});
