import type { Cell, Suppression } from './disclosure';
import { protectCells } from './protect-cells';
import { protectRows } from './protect-rows';
import { zerosToWithhold } from './protect-zeros';

export interface TableShape {
	/** The table shows a total for each row (its columns add up). */
	rowTotals: boolean;
	/** The table shows a total for each column (its rows add up). */
	columnTotals: boolean;
}

interface ProtectOptions {
	/** Cells (flat index, see `flatIndex`) withheld because the same figure is withheld elsewhere. */
	forced?: ReadonlySet<number>;
	/** Column pairs where one counts a part of the other in every row (with an account ≤ allocated). */
	nested?: readonly { inner: number; outer: number }[];
	/** Columns settled beforehand (counts of today): withheld only where forced, never moved. Tables with nested columns only. */
	fixedColumns?: ReadonlySet<number>;
	/** The rows are groups of young people, not the categories of an answer (protect-zeros.ts). */
	groupRows?: boolean;
	/** The row totals and the grand total count what is true today: settled beforehand (protect-cells.ts). */
	totalsOfToday?: boolean;
}

/** A figure a reader knows lies between these, from its label alone. */
export function labelBounds(why: Suppression, threshold: number): [number, number] {
	// "Fewer than n" may hide a zero (withheld, as that, when nothing else protects a neighbour).
	if (why === 'small') return [0, threshold - 1];
	if (why === 'secondary') return [threshold, Infinity];
	return why === 'unbounded' ? [0, Infinity] : [0, 0];
}

export interface ProtectedTable {
	cells: Cell[][];
	rowTotals: Cell[];
	columnTotals: Cell[];
	grandTotal: Cell | null;
}

/** Where each figure of a table sits in one flat list: the cells row by row, then row totals, column totals and the grand total. */
export function flatIndex(rows: number, cols: number) {
	return {
		cell: (i: number, j: number) => i * cols + j,
		rowTotal: (i: number) => rows * cols + i,
		columnTotal: (j: number) => rows * cols + rows + j,
		grand: rows * cols + rows + cols
	};
}

/**
 * Disclosure control of a table of counts, the one place every report table
 * goes through. Small counts and what protects them are withheld, by rows
 * where columns count parts of one another (protect-rows.ts), else as a
 * network of cells and totals (protect-cells.ts); then any zero that would say
 * where a small group's whole count sits (protect-zeros.ts) is withheld as
 * well, and the table protected again with it, since that zero needs
 * protecting too, until no such zero is left.
 */
export function protectTable(
	counts: number[][],
	threshold: number,
	shape: TableShape,
	options: ProtectOptions = {}
): ProtectedTable {
	const { nested, fixedColumns: fixed, groupRows } = options;
	const byRows = Boolean(nested?.length) && !shape.rowTotals;
	const layout = byRows ? { shape, nested, fixed, groupRows } : { shape, groupRows };
	const forced = new Set(options.forced);
	// Forced figures only grow, so this ends (a zero asked for and still shown is not asked again).
	for (;;) {
		const t = byRows
			? protectRows(counts, threshold, forced, nested!, fixed)
			: protectCells(counts, threshold, shape, forced, options.totalsOfToday);
		const more = zerosToWithhold(t, layout).filter((k) => !forced.has(k));
		if (!more.length) return t;
		more.forEach((k) => forced.add(k));
	}
}
