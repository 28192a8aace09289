import { describe, expect, it } from 'vitest';
import {
	TIME_ZONE,
	dateStamp,
	dateStampSeconds,
	dateTime,
	formatDate,
	fullDay,
	longDay,
	mediumDay,
	shortDate
} from '$lib/dates';

// 23:30 UTC on 30 June is already 1 July in the UK (BST); 23:30 UTC in December is not.
const summerNight = new Date('2026-06-30T23:30:05Z');
const winterNight = new Date('2026-12-01T23:30:00Z');

describe('dates, as Heard writes them', () => {
	it('writes each style in UK words and UK time, whatever zone the process runs in', () => {
		expect(TIME_ZONE).toBe('Europe/London');
		expect(shortDate(summerNight, 'en')).toBe('Wed 1 Jul');
		expect(shortDate(winterNight, 'en')).toBe('Tue 1 Dec');
		expect(dateTime(summerNight, 'en')).toBe('Wed, 1 Jul 2026, 00:30');
		expect(mediumDay(summerNight, 'en')).toBe('1 Jul 2026');
		expect(longDay(summerNight, 'en')).toBe('1 July 2026');
		expect(fullDay(summerNight, 'en')).toBe('Wednesday, 1 July 2026');
		expect(dateStamp(summerNight, 'en')).toBe('1 Jul 2026, 00:30');
		expect(dateStampSeconds(summerNight, 'en')).toBe('1 Jul 2026, 00:30:05');
	});

	it('takes a date, a timestamp or an ISO string', () => {
		const expected = shortDate(winterNight, 'en');
		expect(shortDate(winterNight.getTime(), 'en')).toBe(expected);
		expect(shortDate(winterNight.toISOString(), 'en')).toBe(expected);
	});

	it('uses the page’s locale when none is given', () => {
		expect(formatDate(summerNight, 'longDay')).toBe(longDay(summerNight, 'en'));
	});

	it('writes another language’s dates in that language, still in UK time', () => {
		expect(formatDate(summerNight, 'longDay', 'cy')).toMatch(/1 Gorffennaf 2026/);
		expect(formatDate(summerNight, 'longDay', 'pl')).toMatch(/1 lipca 2026/);
		expect(formatDate(summerNight, 'longDay', 'uk')).toMatch(/1 липня 2026/);
		expect(shortDate(winterNight, 'ar')).toMatch(/1 ديسمبر/);
	});

	it('writes Arabic, Dari and Pashto dates in the UK’s calendar, in the digits counts use', () => {
		// Dari and Pashto would otherwise be written in the Afghan solar year (1405), in Persian digits.
		for (const locale of ['ar', 'fa-AF', 'ps'] as const) {
			const written = fullDay(winterNight, locale);
			expect(written, locale).toContain('2026');
			expect(written, locale).toMatch(/\b1\b/);
			expect(written, locale).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
			expect(dateStamp(winterNight, locale), locale).toMatch(/(23|11):30/);
		}
		expect(fullDay(winterNight, 'fa-AF')).toMatch(/دسمبر/);
		expect(fullDay(winterNight, 'ps')).toMatch(/دسمبر/);
	});
});
