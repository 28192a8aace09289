import { describe, expect, it } from 'vitest';
import { countCell, rateCell, statisticCell, type Cell } from './disclosure';
import { protectTable } from './protect';

const T = 5;
const values = (cells: Cell[]) => cells.map((c) => (c.suppressed ? 'x' : c.value));

describe('small counts', () => {
	it('withholds 1 to threshold−1 and shows 0 and the threshold itself', () => {
		expect([0, 1, 4, 5, 12].map((n) => countCell(n, T))).toEqual([
			{ value: 0, suppressed: null },
			{ value: null, suppressed: 'small' },
			{ value: null, suppressed: 'small' },
			{ value: 5, suppressed: null },
			{ value: 12, suppressed: null }
		]);
	});

	it('follows the threshold setting', () => {
		expect(countCell(7, 10).suppressed).toBe('small');
		expect(countCell(7, 3).value).toBe(7);
	});
});

describe('rates', () => {
	it('shows a percentage to one decimal place when both sides reach the threshold', () => {
		expect(rateCell(5, 15, T)).toEqual({ value: 33.3, suppressed: null });
	});

	it('withholds a rate whose numerator or denominator is under the threshold, zero included', () => {
		expect(rateCell(4, 50, T).suppressed).toBe('small');
		expect(rateCell(0, 50, T).suppressed).toBe('small');
		expect(rateCell(4, 4, T).suppressed).toBe('small');
	});

	it('withholds a rate built on a withheld cell, which would give the cell back', () => {
		expect(rateCell({ value: null, suppressed: 'secondary' }, 40, T).suppressed).toBe('secondary');
		expect(rateCell(10, { value: null, suppressed: 'small' }, T).suppressed).toBe('secondary');
	});

	it('has no rate when nothing could be counted', () => {
		expect(rateCell(0, 0, T)).toEqual({ value: null, suppressed: null });
	});
});

describe('medians and averages', () => {
	it('are withheld when based on fewer answers than the threshold', () => {
		expect(statisticCell(3.5, 4, T).suppressed).toBe('small');
		expect(statisticCell(3.5, 5, T)).toEqual({ value: 3.5, suppressed: null });
		expect(statisticCell(null, 0, T)).toEqual({ value: null, suppressed: null });
	});
});

describe('secondary suppression', () => {
	it('stops a small cell being recovered from its row total', () => {
		// Naive suppression would show 20, 30 and the total 53: 53 − 20 − 30 = 3.
		const naive = [[20, 3, 30]];
		const t = protectTable(naive, T, { rowTotals: true, columnTotals: false });
		expect(values(t.cells[0]!)).toEqual(['x', 'x', 30]);
		expect(t.cells[0]![0]!.suppressed).toBe('secondary');
		expect(t.rowTotals[0]!.value).toBe(53);
	});

	it('protects a two-way table in rows, columns and totals alike', () => {
		// Rows: teams; columns: agreed / partly / not possible. One small cell (2).
		const counts = [
			[12, 2, 9],
			[8, 15, 6],
			[11, 7, 20]
		];
		const t = protectTable(counts, T, { rowTotals: true, columnTotals: true });
		// No row or column of parts-plus-total has exactly one withheld member.
		const lines: Cell[][] = [
			...t.cells.map((row, i) => [...row, t.rowTotals[i]!]),
			...[0, 1, 2].map((j) => [...t.cells.map((r) => r[j]!), t.columnTotals[j]!])
		];
		for (const line of lines) expect(line.filter((c) => c.suppressed).length).not.toBe(1);
		expect(t.cells[0]![1]!.suppressed).toBe('small');
		// The smallest other cell in the first row (9) and in the middle column (7) go too.
		expect(t.cells[0]![2]!.suppressed).toBe('secondary');
		expect(t.cells[2]![1]!.suppressed).toBe('secondary');
		// Then column 3 and row 3 each have one withheld cell; a fourth closes the rectangle.
		expect(t.cells[1]![2]!.suppressed ?? t.cells[2]![2]!.suppressed).toBe('secondary');
		expect(t.grandTotal?.value).toBe(90);
	});

	it('withholds a total that is itself small, and a partner total so it cannot be rebuilt', () => {
		// A row of [1, 2] has total 3: withheld; the totals column must not reveal it.
		const t = protectTable(
			[
				[1, 2],
				[10, 20],
				[30, 40]
			],
			T,
			{ rowTotals: true, columnTotals: true }
		);
		expect(t.rowTotals[0]!.suppressed).toBe('small');
		const totalsColumn = [...t.rowTotals, t.grandTotal!];
		expect(totalsColumn.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
		for (const j of [0, 1])
			expect(
				[...t.cells.map((r) => r[j]!), t.columnTotals[j]!].filter((c) => c.suppressed).length
			).not.toBe(1);
	});

	it('in a single breakdown with a total, withholds the next smallest group', () => {
		const t = protectTable([[40], [3], [12], [7]], T, { rowTotals: false, columnTotals: true });
		expect(values(t.cells.map((r) => r[0]!))).toEqual([40, 'x', 12, 'x']);
		expect(t.grandTotal?.value).toBe(62);
	});

	it('prefers a non-zero partner, since a withheld zero protects nothing', () => {
		const t = protectTable([[0], [2], [9]], T, { rowTotals: false, columnTotals: true });
		expect(values(t.cells.map((r) => r[0]!))).toEqual([0, 'x', 'x']);
	});

	it('protects a small cell through a cycle of withheld cells and totals', () => {
		// The 2's row is all in withheld figures, so its zero is withheld too ("0, fewer than 5"
		// would say where the row's count is: protect-zeros.ts). The 2 and that zero move against
		// the 7 and the zero beside it: a cycle of four withheld cells within the shown column totals.
		const t = protectTable(
			[
				[7, 0],
				[0, 2],
				[0, 9]
			],
			T,
			{ rowTotals: true, columnTotals: true }
		);
		expect(values(t.cells.map((r) => r[1]!))).toEqual(['x', 'x', 9]);
		expect(values(t.rowTotals)).toEqual(['x', 'x', 9]);
		expect(values([...t.cells.map((r) => r[0]!), t.columnTotals[0]!])).toEqual(['x', 'x', 0, 7]);
		expect(t.cells[1]![0]!.suppressed).toBe('small');
	});

	it('needs no partner when the total is itself small and withheld', () => {
		const t = protectTable([[0], [3]], T, { rowTotals: false, columnTotals: true });
		// The zero is withheld as "fewer than 5" too, or it would say the 3 holds every answer.
		expect(t.cells.map((r) => r[0]!.suppressed)).toEqual(['small', 'small']);
		expect(t.grandTotal?.suppressed).toBe('small');
	});

	it('keeps the whole "All" of allocated young people when withholding its parts is enough', () => {
		// Allocated, with an account, active, for two teams. Showing All as 7, 6, 6 gives every figure back
		// (North's "suppressed" is at least 5, so Throughcare is at most 2 and at least its 2 with an account);
		// withholding the two parts of All protects them as well as withholding the whole.
		const nested = [
			{ inner: 1, outer: 0 },
			{ inner: 2, outer: 0 },
			{ inner: 2, outer: 1 }
		];
		const t = protectTable(
			[
				[5, 4, 4],
				[2, 2, 2]
			],
			T,
			{ rowTotals: false, columnTotals: true },
			{ nested }
		);
		expect(values(t.columnTotals)).toEqual([7, 'x', 'x']);
		expect(t.cells.map(values)).toEqual([
			['x', 'x', 'x'],
			['x', 'x', 'x']
		]);
	});

	it('leaves a table with nothing small alone', () => {
		const t = protectTable(
			[
				[5, 6],
				[7, 8]
			],
			T,
			{ rowTotals: true, columnTotals: true }
		);
		expect(t.cells.flat().every((c) => c.suppressed === null)).toBe(true);
	});
});
