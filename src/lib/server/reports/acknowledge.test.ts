import { describe, expect, it } from 'vitest';
import { acknowledgeTable, nearestRank, type Acknowledged } from './acknowledge';

// Minutes from sending to "I'm dealing with this", worked out by hand below.
const inHours = [30, 5, 25, 10, 20, 15].map((minutes) => ({ outOfHours: false, minutes }));
const rowsOf = (outOfHours: number[]): Acknowledged[] => [
	...inHours,
	...outOfHours.map((minutes) => ({ outOfHours: true, minutes }))
];
const row = (rows: Acknowledged[], key: string) =>
	acknowledgeTable(rows, 5).rows.find((r) => r.key === key)!.cells;
const values = (cells: { value: number | null }[]) => cells.map((c) => c.value);

describe('time to acknowledge urgent statements', () => {
	it('takes the nearest rank: the median of 6 is the 3rd, the 90th percentile the 6th', () => {
		expect(nearestRank([30, 5, 25, 10, 20, 15], 0.5)).toBe(15);
		expect(nearestRank([30, 5, 25, 10, 20, 15], 0.9)).toBe(30);
		expect(nearestRank([], 0.5)).toBeNull();
	});

	it('shows count, median and 90th percentile in and out of hours when each rests on 5 or more', () => {
		const rows = rowsOf([40, 50, 60, 70, 80, 90, 100]);
		// In hours: 5 10 15 20 25 30 → median 15 (3rd of 6), 90th percentile 30 (6th).
		expect(values(row(rows, 'in_hours'))).toEqual([6, 15, 30]);
		// Out of hours: 40 … 100 → median 70 (4th of 7), 90th percentile 100 (7th).
		expect(values(row(rows, 'out_of_hours'))).toEqual([7, 70, 100]);
		// All 13: median the 7th (40), 90th percentile the 12th (90).
		expect(values(row(rows, 'total'))).toEqual([13, 40, 90]);
	});

	it('withholds a group of fewer than 5, and the group that would give it back from "All"', () => {
		const rows = rowsOf([40, 50, 60]);
		const out = row(rows, 'out_of_hours');
		expect(out.map((c) => c.suppressed)).toEqual(['small', 'small', 'small']);
		expect(values(out)).toEqual([null, null, null]);
		// 9 in all and 6 in hours would give 3 out of hours: the 6 is withheld too.
		const inside = row(rows, 'in_hours');
		expect(inside.every((c) => c.value === null && c.suppressed !== null)).toBe(true);
		// All 9: 5 10 15 20 25 30 40 50 60 → median the 5th (25), 90th percentile the 9th (60).
		expect(values(row(rows, 'total'))).toEqual([9, 25, 60]);
	});

	it('shows minutes to one decimal place', () => {
		const rows = [12.34, 12.36, 1, 2, 3].map((minutes) => ({ outOfHours: false, minutes }));
		expect(values(row(rows, 'in_hours'))).toEqual([5, 3, 12.4]);
	});
});
