import { describe, expect, it } from 'vitest';
import { filtersToQuery, parseFilters, quartersCounted, resolvePeriod } from './filters';

/** Long after every period below has ended, so each is counted whole. */
const LATER = new Date('2101-06-01T12:00:00Z');
const periodAt = (query: string, now: Date) => {
	const parsed = parseFilters(new URLSearchParams(query));
	if (!parsed.success) throw new Error(`${query} did not parse`);
	return resolvePeriod(parsed.data, now);
};
const periodOf = (query: string, now = LATER) => {
	const { firstDay, lastDay } = periodAt(query, now);
	return `${firstDay}..${lastDay}`;
};

describe('a custom report period', () => {
	it('is whole quarters, so two custom periods never differ by a day or a month', () => {
		expect(periodOf('period=custom&from=2026-Q2&to=2027-Q1')).toBe('2026-04-01..2027-03-31');
		// Days and months (from older links) stand for their quarters: these differ by nothing.
		expect(periodOf('period=custom&from=2026-10-01&to=2026-11-26')).toBe('2026-10-01..2026-12-31');
		expect(periodOf('period=custom&from=2026-10-01&to=2026-11-27')).toBe('2026-10-01..2026-12-31');
		expect(periodOf('period=custom&from=2026-10&to=2026-11')).toBe('2026-10-01..2026-12-31');
		expect(periodOf('period=custom&from=2025-12-15&to=2026-02')).toBe('2025-10-01..2026-03-31');
	});

	it('keeps its quarters in the address of the report', () => {
		const parsed = parseFilters(new URLSearchParams('period=custom&from=2026-08-14&to=2026-11'));
		expect(parsed.success && filtersToQuery(parsed.data)).toBe(
			'period=custom&from=2026-Q3&to=2026-Q4'
		);
	});

	it('refuses quarters, months and days that do not exist, and an end before the start', () => {
		for (const query of [
			'period=custom&from=2026-Q5&to=2026-Q6',
			'period=custom&from=2026-13&to=2026-14',
			'period=custom&from=2026-02-30&to=2026-03-01',
			'period=custom&from=2026-Q4&to=2026-Q3',
			'period=custom&from=26-1&to=26-2',
			'period=custom'
		])
			expect(parseFilters(new URLSearchParams(query)).success, query).toBe(false);
	});
});

describe('the years a report may be of', () => {
	it('are those a year report allows, chosen as a quarter, a custom period or a year', () => {
		expect(periodOf('period=quarter&quarter=2000-Q1')).toBe('2000-01-01..2000-03-31');
		expect(periodOf('period=quarter&quarter=2100-Q4')).toBe('2100-10-01..2100-12-31');
		expect(periodOf('period=custom&from=2000-01&to=2100-12-31')).toBe('2000-01-01..2100-12-31');
	});

	it('refuses years before 2000 or after 2100, which would be labelled wrong (0000-Q1 as 1900)', () => {
		for (const query of [
			'period=quarter&quarter=0000-Q1',
			'period=quarter&quarter=0099-Q4',
			'period=quarter&quarter=1999-Q4',
			'period=quarter&quarter=2101-Q1',
			'period=quarter&quarter=9999-Q4',
			'period=custom&from=0000-Q1&to=2026-Q1',
			'period=custom&from=0001-01-01&to=2026-03',
			'period=custom&from=2026-Q1&to=9999-12',
			'period=year&year=1999'
		])
			expect(parseFilters(new URLSearchParams(query)).success, query).toBe(false);
	});
});

describe('a period still running', () => {
	const on = (iso: string) => new Date(`${iso}T12:00:00Z`);

	it('is counted to the end of last month, so two downloads in one month are the same', () => {
		for (const day of ['2026-11-01', '2026-11-29', '2026-11-30'])
			expect(periodOf('period=quarter&quarter=2026-Q4', on(day)), day).toBe(
				'2026-10-01..2026-10-31'
			);
		expect(periodOf('period=quarter&quarter=2026-Q4', on('2026-12-01'))).toBe(
			'2026-10-01..2026-11-30'
		);
		expect(periodOf('period=year&year=2026', on('2026-11-29'))).toBe('2026-01-01..2026-10-31');
		expect(periodOf('period=custom&from=2026-Q2&to=2027-Q1', on('2026-11-29'))).toBe(
			'2026-04-01..2026-10-31'
		);
		const running = periodAt('period=quarter&quarter=2026-Q4', on('2026-11-29'));
		expect(running).toMatchObject({ running: true, endsOn: '2026-12-31', firstFiguresOn: null });
		expect(running.to.toISOString()).toBe('2026-11-01T00:00:00.000Z');
	});

	it('counts nothing before its first month ends, and says when its first figures come', () => {
		const period = periodAt('period=quarter&quarter=2027-Q1', on('2027-01-20'));
		expect(period.to.getTime()).toBe(period.from.getTime());
		expect(period).toMatchObject({ firstFiguresOn: '2027-02-01', lastDay: '2027-03-31' });
		expect(periodAt('period=quarter&quarter=2028-Q3', on('2027-01-20')).firstFiguresOn).toBe(
			'2028-08-01'
		);
	});

	it('is never the default: a report with no period chosen is of the newest month counted', () => {
		expect(periodOf('', on('2027-01-20'))).toBe('2026-10-01..2026-12-31');
		expect(periodOf('period=year', on('2027-01-20'))).toBe('2026-01-01..2026-12-31');
		expect(periodOf('', on('2027-02-01'))).toBe('2027-01-01..2027-01-31');
		expect(periodAt('', on('2027-01-20')).running).toBe(false);
	});

	it('names the quarters it counts, each with a report of its own', () => {
		const quarters = (query: string, day: string) => quartersCounted(periodAt(query, on(day)));
		const wholeYear = ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'];
		expect(quarters('period=year&year=2026', '2027-02-01')).toEqual(wholeYear);
		expect(quarters('period=year&year=2026', '2026-11-29')).toEqual(wholeYear);
		expect(quarters('period=year&year=2026', '2026-10-29')).toEqual(wholeYear.slice(0, 3));
		expect(quarters('period=custom&from=2026-Q2&to=2026-Q3', '2027-01-01')).toEqual([
			'2026-Q2',
			'2026-Q3'
		]);
		expect(quarters('period=quarter&quarter=2026-Q4', '2026-11-29')).toEqual(['2026-Q4']);
		expect(quarters('period=quarter&quarter=2026-Q4', '2026-10-29')).toEqual([]);
	});

	it('is whole once it has ended', () => {
		const ended = periodAt('period=quarter&quarter=2026-Q4', on('2027-01-01'));
		expect(ended).toMatchObject({ running: false, lastDay: '2026-12-31', firstFiguresOn: null });
	});
});
