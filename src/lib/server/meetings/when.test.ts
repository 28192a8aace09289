import { describe, expect, it } from 'vitest';
import { fromUkLocalTime } from '$lib/dates/typed';
import { MEETING_YEARS_AHEAD, couldBeMeetingDay, tooFarAhead } from './when';

const now = new Date('2026-06-15T12:00:00Z');

describe('how far ahead a meeting may be arranged', () => {
	it('is a couple of years: reviews and conferences are set months ahead', () => {
		expect(MEETING_YEARS_AHEAD).toBe(2);
		expect(tooFarAhead(fromUkLocalTime('2027-02-28T10:00')!, now)).toBe(false);
		expect(tooFarAhead(fromUkLocalTime('2028-06-15T13:00')!, now)).toBe(false);
		expect(tooFarAhead(fromUkLocalTime('2028-06-15T13:01')!, now)).toBe(true);
		expect(tooFarAhead(fromUkLocalTime('9999-12-31T23:59')!, now)).toBe(true);
	});
});

describe('the day of a meeting a young person names', () => {
	it('could be the day of a meeting', () => {
		for (const day of ['2026-06-15', '2026-09-01', '2025-06-16', '2028-06-14', '2028-02-29'])
			expect(couldBeMeetingDay(day, now), day).toBe(true);
	});

	it('is left out when the calendar has no such day, or it is long gone or years ahead', () => {
		for (const day of ['2027-02-31', '2027-02-29', '2026-13-01', '2024-01-01', '9999-12-31', ''])
			expect(couldBeMeetingDay(day, now), day).toBe(false);
	});
});
