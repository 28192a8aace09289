import { describe, expect, it } from 'vitest';
import { fromUkLocalTime, isRealDate, withinYears, yearsOn } from './typed';

describe('a typed day', () => {
	it('is a day the calendar has', () => {
		for (const day of ['2027-02-28', '2028-02-29', '2000-02-29', '2027-12-31', '0099-01-01'])
			expect(isRealDate(day), day).toBe(true);
	});

	it('is refused when the month has no such day, or it is not a day at all', () => {
		for (const day of [
			'2027-02-29',
			'2027-02-31',
			'2100-02-29',
			'2027-04-31',
			'2027-13-01',
			'2027-00-10',
			'2027-01-00',
			'27-01-01',
			'2027-1-1',
			''
		])
			expect(isRealDate(day), day).toBe(false);
	});
});

describe('a typed date and time, in UK time', () => {
	it('is read as a UK clock shows it, in winter and in summer', () => {
		expect(fromUkLocalTime('2026-12-01T10:00')?.toISOString()).toBe('2026-12-01T10:00:00.000Z');
		expect(fromUkLocalTime('2026-07-01T10:00')?.toISOString()).toBe('2026-07-01T09:00:00.000Z');
		expect(fromUkLocalTime('2027-01-01T00:00')?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
	});

	it('is never moved to another day: 31 February is refused, not read as 3 March', () => {
		expect(fromUkLocalTime('2027-02-31T10:00')).toBeNull();
		expect(fromUkLocalTime('2027-02-29T10:00')).toBeNull();
		expect(fromUkLocalTime('2027-04-31T10:00')).toBeNull();
		expect(fromUkLocalTime('2028-02-29T10:00')?.toISOString()).toBe('2028-02-29T10:00:00.000Z');
	});

	it('is refused at an hour or a minute no clock shows, 24:00 included', () => {
		for (const typed of [
			'2027-03-01T25:00',
			'2027-03-01T24:00',
			'2027-03-01T10:60',
			'2027-03-01T99:99'
		])
			expect(fromUkLocalTime(typed), typed).toBeNull();
	});

	it('is refused in the hour skipped when the clocks go forward, and read once when they go back', () => {
		expect(fromUkLocalTime('2026-03-29T01:30')).toBeNull();
		expect(fromUkLocalTime('2026-03-29T00:59')?.toISOString()).toBe('2026-03-29T00:59:00.000Z');
		expect(fromUkLocalTime('2026-03-29T02:00')?.toISOString()).toBe('2026-03-29T01:00:00.000Z');
		expect(fromUkLocalTime('2026-10-25T01:30')).not.toBeNull();
	});

	it('is refused in any other shape', () => {
		for (const typed of ['2027-03-01', '2027-03-01T10:00:00', '2027-03-01 10:00', '01/03/2027'])
			expect(fromUkLocalTime(typed), typed).toBeNull();
	});

	it('takes every year a form may then refuse as out of range, without failing', () => {
		expect(fromUkLocalTime('9999-12-31T23:59')?.toISOString()).toBe('9999-12-31T23:59:00.000Z');
		expect(fromUkLocalTime('1900-01-01T00:00')?.toISOString()).toBe('1900-01-01T00:00:00.000Z');
		// Before London kept GMT (1847) its clock was minutes and seconds off: no answer, no failure.
		expect(() => fromUkLocalTime('0001-01-01T00:00')).not.toThrow();
	});
});

describe('the years a form allows', () => {
	const now = new Date('2026-06-15T12:00:00Z');

	it('counts whole years back and ahead of now', () => {
		expect(yearsOn(now, 2).toISOString()).toBe('2028-06-15T12:00:00.000Z');
		expect(yearsOn(now, -1).toISOString()).toBe('2025-06-15T12:00:00.000Z');
	});

	it('takes a moment inside them, and refuses one past either end', () => {
		const range = { back: 1, ahead: 2 };
		expect(withinYears(new Date('2028-06-15T12:00:00Z'), now, range)).toBe(true);
		expect(withinYears(new Date('2025-06-15T12:00:00Z'), now, range)).toBe(true);
		expect(withinYears(new Date('2028-06-15T12:01:00Z'), now, range)).toBe(false);
		expect(withinYears(new Date('2025-06-15T11:59:00Z'), now, range)).toBe(false);
		expect(withinYears(fromUkLocalTime('9999-12-31T23:59')!, now, range)).toBe(false);
	});
});
