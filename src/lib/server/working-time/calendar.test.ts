import { describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { bankHolidays } from '../db/schema';
import { addWorkingDays } from './working-days';
import { setSetting } from '../settings';
import { isOutOfHours, isWorkingDay, workingCalendar, type WorkingCalendar } from './calendar';
import { inLondon } from './london';

const nation = async (n: 'england_wales' | 'scotland') =>
	await transaction(async (tx) => await setSetting(tx, 'bankHolidayNation', n));

describe('the official bank holidays that come with Heard', () => {
	const rows = async () => await db().select().from(bankHolidays);

	it('are on weekdays (a holiday on a weekend moves to a substitute day)', async () => {
		for (const day of await rows())
			expect(inLondon(new Date(`${day.date}T12:00:00Z`)).weekday).toBeLessThan(6);
	});

	it('are eight a year in England and Wales and nine in Scotland, for 2026 and 2027', async () => {
		for (const year of ['2026', '2027']) {
			const of = async (n: string) =>
				(await rows()).filter((r) => r.nation === n && r.date.startsWith(year));
			expect(await of('england_wales')).toHaveLength(8);
			expect(await of('scotland')).toHaveLength(9);
		}
	});

	it("differ where the nations differ: St Andrew's Day, 2 January, Easter Monday, August", async () => {
		const dates = async (n: string) =>
			(await rows()).filter((r) => r.nation === n).map((r) => r.date);
		expect(await dates('scotland')).toEqual(
			expect.arrayContaining(['2026-11-30', '2027-11-30', '2026-01-02', '2027-01-04', '2026-08-03'])
		);
		expect(await dates('scotland')).not.toContain('2026-04-06');
		expect(await dates('england_wales')).toEqual(
			expect.arrayContaining(['2026-04-06', '2026-08-31'])
		);
		expect(await dates('england_wales')).not.toContain('2026-11-30');
		// 25 and 26 December 2027 are a Saturday and a Sunday: both nations move them to the 27th and 28th.
		expect(await dates('england_wales')).toEqual(
			expect.arrayContaining(['2027-12-27', '2027-12-28'])
		);
	});
});

describe('out of hours (Monday to Friday, 09:00 to 17:00 UK time, by default)', () => {
	it('is a Saturday at 23:00, a weekday evening and early morning, not a weekday afternoon', async () => {
		await nation('england_wales');
		const calendar = await workingCalendar();
		expect(isOutOfHours(new Date('2026-11-28T23:00:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T17:00:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T08:59:00Z'), calendar)).toBe(true);
		expect(isOutOfHours(new Date('2026-11-24T14:00:00Z'), calendar)).toBe(false);
	});

	it('follows UK summer time: 08:30 UTC in July is 09:30 in London', async () => {
		const calendar = await workingCalendar();
		expect(isOutOfHours(new Date('2026-07-01T08:30:00Z'), calendar)).toBe(false);
		expect(isOutOfHours(new Date('2026-07-01T16:30:00Z'), calendar)).toBe(true);
	});

	it("is all of St Andrew's Day (Monday 30 November 2026) in Scotland, and not in England", async () => {
		const monday = new Date('2026-11-30T11:00:00Z');
		await nation('scotland');
		expect(isOutOfHours(monday, await workingCalendar())).toBe(true);
		await nation('england_wales');
		expect(isOutOfHours(monday, await workingCalendar())).toBe(false);
	});

	it("is the organisation's own hours once an admin changes them", async () => {
		await transaction(
			async (tx) =>
				await setSetting(tx, 'workingHours', {
					days: [1, 2, 3, 4, 5, 6],
					start: '08:00',
					end: '20:00'
				})
		);
		const calendar = await workingCalendar();
		expect(isOutOfHours(new Date('2026-11-28T10:00:00Z'), calendar)).toBe(false);
		expect(isOutOfHours(new Date('2026-11-24T19:30:00Z'), calendar)).toBe(false);
		await transaction(
			async (tx) =>
				await setSetting(tx, 'workingHours', {
					days: [1, 2, 3, 4, 5],
					start: '09:00',
					end: '17:00'
				})
		);
	});
});

describe('working days', () => {
	it('skip Christmas, the weekend and Boxing Day (substitute) in England and Wales', async () => {
		await nation('england_wales');
		// Thursday 24 December 2026, two working days on: Tuesday 29th, Wednesday 30th.
		const due = addWorkingDays(new Date('2026-12-24T10:00:00Z'), 2, await workingCalendar());
		expect(inLondon(due).date).toBe('2026-12-30');
	});

	it('skip New Year and the 2nd January substitute in Scotland', async () => {
		const thursday = new Date('2026-12-31T10:00:00Z');
		await nation('scotland');
		expect(inLondon(addWorkingDays(thursday, 1, await workingCalendar())).date).toBe('2027-01-05');
		await nation('england_wales');
		expect(inLondon(addWorkingDays(thursday, 1, await workingCalendar())).date).toBe('2027-01-04');
	});

	it('run on past the year 9999 without failing: a meeting kept for then has a due day', async () => {
		const due = addWorkingDays(new Date('9999-12-31T23:59:00Z'), 5, await workingCalendar());
		expect(due.getTime()).toBeGreaterThan(Date.UTC(10000, 0, 6));
	});

	it('count an added bank holiday', async () => {
		await transaction(async (tx) => {
			await tx
				.insert(bankHolidays)
				.values({ nation: 'england_wales', date: '2026-11-25', name: 'Local day' });
		});
		expect(
			inLondon(addWorkingDays(new Date('2026-11-24T10:00:00Z'), 1, await workingCalendar())).date
		).toBe('2026-11-26');
	});
});

describe('working days added to every moment of a year', () => {
	/** Day by day, as "we'll read it by …" was first counted: the yardstick for the quicker count. */
	function walkedDayByDay(from: Date, days: number, calendar: WorkingCalendar): Date {
		const date = new Date(from);
		for (let left = days, guard = 0; left > 0 && guard < 366; guard++) {
			date.setUTCDate(date.getUTCDate() + 1);
			if (isWorkingDay(date, calendar)) left -= 1;
		}
		return date;
	}

	it('land where a walk day by day lands, across the clocks changing and bank holidays', async () => {
		await nation('england_wales');
		const calendar = await workingCalendar();
		// Every 37 minutes through 2026, so every hour of the day meets both changes of the clocks.
		for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000) {
			for (const days of [1, 5]) {
				const from = new Date(t);
				expect(addWorkingDays(from, days, calendar)).toEqual(walkedDayByDay(from, days, calendar));
			}
		}
	});

	it('follow a changed working week at once', async () => {
		const monday = new Date('2026-11-30T10:00:00Z');
		const weekdays = await workingCalendar();
		expect(inLondon(addWorkingDays(monday, 1, weekdays)).date).toBe('2026-12-01');
		const mondaysOnly = { ...weekdays, days: new Set([1]) };
		expect(inLondon(addWorkingDays(monday, 1, mondaysOnly)).date).toBe('2026-12-07');
	});
});
