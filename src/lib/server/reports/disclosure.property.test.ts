import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recoveredFigures } from '$tests/fixtures/disclosure-audit';
import { zerosBesideWholeGroups } from '$tests/fixtures/zeros-audit';
import { protectTable, type TableShape } from './protect';
import type { ReportTable } from './table';

/** A protected table as a reader sees it: the cells, an "All" column when rows add up, an "All" row when columns do. */
function asShown(
	counts: number[][],
	shape: TableShape,
	threshold: number,
	nested: { inner: number; outer: number }[] = [],
	forced = new Set<number>()
): ReportTable {
	const t = protectTable(counts, threshold, shape, { nested, forced });
	const cols = counts[0]!.length;
	return {
		id: 'generated',
		section: 'reach',
		caption: 'generated',
		definition: '',
		rowHeader: '',
		columns: [
			...Array.from({ length: cols }, (_, j) => ({ label: `c${j}`, unit: 'count' as const })),
			...(shape.rowTotals ? [{ label: 'All', unit: 'count' as const }] : [])
		],
		rows: [
			...t.cells.map((cells, i) => ({
				key: `r${i}`,
				label: `r${i}`,
				cells: [...cells, ...(shape.rowTotals ? [t.rowTotals[i]!] : [])]
			})),
			...(shape.columnTotals
				? [
						{
							key: 'total',
							label: 'All',
							total: true,
							cells: [...t.columnTotals, ...(shape.rowTotals ? [t.grandTotal!] : [])]
						}
					]
				: [])
		]
	};
}

/** Counts as they come at a small authority: many zeros and small numbers, some larger. */
const count = fc.oneof(
	{ weight: 3, arbitrary: fc.constant(0) },
	{ weight: 4, arbitrary: fc.integer({ min: 1, max: 6 }) },
	{ weight: 3, arbitrary: fc.integer({ min: 5, max: 40 }) }
);
const table = fc
	.integer({ min: 1, max: 4 })
	.chain((cols) =>
		fc.array(fc.array(count, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 6 })
	);
const shape = fc.constantFrom<TableShape>(
	{ rowTotals: false, columnTotals: true },
	{ rowTotals: true, columnTotals: true },
	{ rowTotals: true, columnTotals: false }
);

describe('whole-table disclosure control', () => {
	it('leaves no withheld count that the shown cells and totals give back', () => {
		fc.assert(
			fc.property(table, shape, fc.integer({ min: 3, max: 6 }), (counts, s, threshold) => {
				expect(recoveredFigures(asShown(counts, s, threshold), { threshold })).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	it('shows no zero that says where a small group’s whole count sits', () => {
		// A reader sees "0, 0, fewer than 5": the group is all in the third figure, however well
		// that figure is hidden. The zeros are withheld too, and still nothing can be worked out.
		fc.assert(
			fc.property(table, shape, fc.integer({ min: 3, max: 6 }), (counts, s, threshold) => {
				const shown = asShown(counts, s, threshold);
				const looks = { columns: !s.rowTotals, totalLabel: 'All' };
				expect(zerosBesideWholeGroups(shown, looks)).toEqual([]);
				expect(recoveredFigures(shown, { threshold })).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	it('holds when one column counts a part of another (with an account, of those allocated)', () => {
		// Each row's second column is some of its first.
		const nestedTable = fc.array(
			fc.tuple(count, fc.nat(40)).map(([whole, p]) => [whole, whole === 0 ? 0 : p % (whole + 1)]),
			{ minLength: 1, maxLength: 6 }
		);
		fc.assert(
			fc.property(nestedTable, fc.integer({ min: 3, max: 6 }), (counts, threshold) => {
				const shown = asShown(counts, { rowTotals: false, columnTotals: true }, threshold, [
					{ inner: 1, outer: 0 }
				]);
				expect(recoveredFigures(shown, { threshold, nested: [[1, 0]] })).toEqual([]);
				expect(zerosBesideWholeGroups(shown, { columns: true, nested: [[1, 0]] })).toEqual([]);
			}),
			{ numRuns: 400 }
		);
	});

	it('holds when a figure must be withheld because another table withholds it', () => {
		fc.assert(
			fc.property(
				table,
				shape,
				fc.integer({ min: 3, max: 6 }),
				fc.nat(60),
				(counts, s, threshold, pick) => {
					const flat = counts.length * counts[0]!.length + counts.length + counts[0]!.length + 1;
					const shown = asShown(counts, s, threshold, [], new Set([pick % flat]));
					expect(recoveredFigures(shown, { threshold })).toEqual([]);
					const looks = { columns: !s.rowTotals, totalLabel: 'All' };
					expect(zerosBesideWholeGroups(shown, looks)).toEqual([]);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('finds the recovery the reader could make from a cell-by-cell table (North 7, Throughcare hidden, All 11)', () => {
		const naive: ReportTable = {
			...asShown([[7], [4]], { rowTotals: false, columnTotals: true }, 5),
			rows: [
				{ key: 'north', label: 'North', cells: [{ value: 7, suppressed: null }] },
				{ key: 'throughcare', label: 'Throughcare', cells: [{ value: null, suppressed: 'small' }] },
				{ key: 'total', label: 'All', total: true, cells: [{ value: 11, suppressed: null }] }
			]
		};
		expect(recoveredFigures(naive, { threshold: 5 })).toEqual(['generated: Throughcare / c0 is 4']);
		// And from what the labels say: "fewer than 5" and a "suppressed" (so at least 5) adding up to 5.
		const labelled: ReportTable = {
			...naive,
			rows: [
				{ ...naive.rows[0]!, cells: [{ value: null, suppressed: 'secondary' }] },
				naive.rows[1]!,
				{ ...naive.rows[2]!, cells: [{ value: 5, suppressed: null }] }
			]
		};
		expect(recoveredFigures(labelled, { threshold: 5 })).toEqual([
			'generated: North / c0 is 5',
			'generated: Throughcare / c0 is 0'
		]);
	});
});
