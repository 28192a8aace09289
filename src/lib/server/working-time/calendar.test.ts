import { describe, expect, it } from 'vitest';
import { db } from '../db';
import { bankHolidays } from '../db/schema';
import { addWorkingDays } from '../inbox/working-days';
import { setSetting } from '../settings';
import { isOutOfHours, workingCalendar } from './calendar';
import { inLondon } from './london';

const nation = (n: 'england_wales' | 'scotland') =>
	db().transaction((tx) => setSetting(tx, 'bankHolidayNation', n));

describe('the official bank holidays that come with Heard', () => {
	const rows = () => db().select().from(bankHolidays).all();

	it('are on weekdays (a holiday on a weekend moves to a substitute day)', () => {
		for (const day of rows())
			expect(inLondon(new Date(`${day.date}T12:00:00Z`)).weekday).toBeLessThan(6);
	});

	it('are eight a year in England and Wales and nine in Scotland, for 2026 and 2027', () => {
		for (const year of ['2026', '2027']) {
			const of = (n: string) => rows().filter((r) => r.nation === n && r.date.startsWith(year));
			expect(of('england_wales')).toHaveLength(8);
			expect(of('scotland')).toHaveLength(9);
		}
	});

	it("differ where the nations differ: St Andrew's Day, 2 January, Easter Monday, August", () => {
		const dates = (n: string) =>
			rows()
				.filter((r) => r.nation === n)
				.map((r) => r.date);
		expect(dates('scotland')).toEqual(
			expect.arrayContaining(['2026-11-30', '2027-11-30', '2026-01-02', '2027-01-04', '2026-08-03'])
		);
		expect(dates('scotland')).not.toContain('2026-04-06');
		expect(dates('england_wales')).toEqual(expect.arrayContaining(['2026-04-06', '2026-08-31']));
		expect(dates('england_wales')).not.toContain('2026-11-30');
		// 25 and 26 December 2027 are a Saturday and a Sunday: both nations move them to the 27th and 28th.
		expect(dates('england_wales')).toEqual(expect.arrayContaining(['2027-12-27', '2027-12-28']));
	});
});

describe('out of hours (Monday to Friday, 09:00 to 17:00 UK time, by default)', () => {
	it('is a Saturday at 23:00, a weekday evening and early morning, not a weekday afternoon', () => {
		nation('england_wales');
		const calendar = workingCalendar();
		expect(isOutOfHours(new Date('2026-11-28T23:00:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T17:00:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T08:59:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T14:00:00Z'), calendar)).toBe(false);
	});

	it('follows UK summer time: 08:30 UTC in July is 09:30 in London', () => {
		const calendar = workingCalendar();
		expect(isOutOfHours(new Date('2026-07-01T08:30:00Z'), calendar)).toBe(false);
		expect(isOutOfHours(new Date('2026-07-01T16:30:00Z'), calendar)).toBe(true);
	});

	it("is all of St Andrew's Day (Monday 30 November 2026) in Scotland, and not in England", () => {
		const monday = new Date('2026-11-30T11:00:00Z');
		nation('scotland');
		expect(isOutOfHours(monday, workingCalendar())).toBe(true);
		nation('england_wales');
		expect(isOutOfHours(monday, workingCalendar())).toBe(false);
	});

	it("is the organisation's own hours once an admin changes them", () => {
		db().transaction((tx) =>
			setSetting(tx, 'workingHours', { days: [1, 2, 3, 4, 5, 6], start: '08:00', end: '20:00' })
		);
		const calendar = workingCalendar();
		expect(isOutOfHours(new Date('2026-11-28T10:00:00Z'), calendar)).toBe(false);
		expect(isOutOfHours(new Date('2026-11-24T19:30:00Z'), calendar)).toBe(false);
		db().transaction((tx) =>
			setSetting(tx, 'workingHours', { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' })
		);
	});
});

describe('working days', () => {
	it('skip Christmas, the weekend and Boxing Day (substitute) in England and Wales', () => {
		nation('england_wales');
		// Thursday 24 December 2026, two working days on: Tuesday 29th, Wednesday 30th.
		const due = addWorkingDays(new Date('2026-12-24T10:00:00Z'), 2);
		expect(inLondon(due).date).toBe('2026-12-30');
	});

	it('skip New Year and the 2nd January substitute in Scotland', () => {
		const thursday = new Date('2026-12-31T10:00:00Z');
		nation('scotland');
		expect(inLondon(addWorkingDays(thursday, 1)).date).toBe('2027-01-05');
		nation('england_wales');
		expect(inLondon(addWorkingDays(thursday, 1)).date).toBe('2027-01-04');
	});

	it('count an added bank holiday', () => {
		db()
			.insert(bankHolidays)
			.values({ nation: 'england_wales', date: '2026-11-25', name: 'Local day' })
			.run();
		expect(inLondon(addWorkingDays(new Date('2026-11-24T10:00:00Z'), 1)).date).toBe('2026-11-26');
	});
});
