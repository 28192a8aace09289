/**
 * Disclosure control. A small count can identify a child in a board paper,
 * so counts from 1 to threshold−1 are never shown as numbers, rates built on
 * small numbers are withheld, and a withheld cell must not be recoverable by
 * subtracting the cells beside it from a total.
 */
export type ShownCount = { suppressed: false; value: number } | { suppressed: true; value: null };

/** Why a cell is withheld: `small` is 1..threshold−1; `secondary` protects a small cell elsewhere. */
export type Suppression = 'small' | 'secondary' | null;

export interface Cell {
	value: number | null;
	suppressed: Suppression;
}

export function suppressSmallCount(n: number, threshold: number): ShownCount {
	return n > 0 && n < threshold ? { suppressed: true, value: null } : { suppressed: false, value: n };
}

export const shown = (value: number | null): Cell => ({ value, suppressed: null });
export const withheld = (why: Exclude<Suppression, null>): Cell => ({ value: null, suppressed: why });

export function countCell(n: number, threshold: number): Cell {
	return n > 0 && n < threshold ? withheld('small') : shown(n);
}

/**
 * A percentage, withheld when either side is under the threshold (so 0 of 3
 * is withheld too: "none of the three" identifies them) or when either side
 * is itself withheld, else rate × denominator would give the hidden count back.
 */
export function rateCell(numerator: Cell | number, denominator: Cell | number, threshold: number): Cell {
	const num = typeof numerator === 'number' ? shown(numerator) : numerator;
	const den = typeof denominator === 'number' ? shown(denominator) : denominator;
	if (num.suppressed || den.suppressed) return withheld('secondary');
	if (den.value === null || den.value === 0 || num.value === null) return shown(null);
	if (num.value < threshold || den.value < threshold) return withheld('small');
	return shown(Math.round((1000 * num.value) / den.value) / 10);
}

/** A median, average or percentile of fewer than `threshold` answers could describe one child. */
export function statisticCell(value: number | null, basedOn: number, threshold: number): Cell {
	if (basedOn === 0 || value === null) return shown(null);
	return basedOn < threshold ? withheld('small') : shown(value);
}

export interface TableShape {
	/** The table shows a total for each row (its columns add up). */
	rowTotals: boolean;
	/** The table shows a total for each column (its rows add up). */
	columnTotals: boolean;
}

export interface ProtectedTable {
	cells: Cell[][];
	rowTotals: Cell[];
	columnTotals: Cell[];
	grandTotal: Cell | null;
}

/**
 * Primary and secondary suppression of a table of counts and its totals.
 * Every row, every column, the totals row and the totals column is an
 * equation "parts = total"; while any equation has exactly one withheld
 * member, the smallest shown non-zero part is withheld too, or the total when
 * no such part is left. Repeats until no equation can be solved.
 */
export function protectTable(counts: number[][], threshold: number, shape: TableShape): ProtectedTable {
	const rows = counts.length;
	const cols = counts[0]?.length ?? 0;
	const rowSum = counts.map((r) => r.reduce((a, b) => a + b, 0));
	const colSum = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + (r[j] ?? 0), 0));
	const grand = rowSum.reduce((a, b) => a + b, 0);

	// One flat list of values: the cells, then row totals, column totals and the grand total.
	const value: number[] = [...counts.flat(), ...rowSum, ...colSum, grand];
	const cellAt = (i: number, j: number) => i * cols + j;
	const rowTotalAt = (i: number) => rows * cols + i;
	const colTotalAt = (j: number) => rows * cols + rows + j;
	const grandAt = rows * cols + rows + cols;
	const state: Suppression[] = value.map((v) => (v > 0 && v < threshold ? 'small' : null));
	const at = (k: number) => value[k] ?? 0;

	const equations: { parts: number[]; total: number }[] = [];
	if (shape.rowTotals) {
		for (let i = 0; i < rows; i++) equations.push({ parts: range(cols).map((j) => cellAt(i, j)), total: rowTotalAt(i) });
	}
	if (shape.columnTotals) {
		for (let j = 0; j < cols; j++) equations.push({ parts: range(rows).map((i) => cellAt(i, j)), total: colTotalAt(j) });
	}
	if (shape.rowTotals && shape.columnTotals) {
		equations.push({ parts: range(rows).map(rowTotalAt), total: grandAt });
		equations.push({ parts: range(cols).map(colTotalAt), total: grandAt });
	}

	let changed = true;
	while (changed) {
		changed = false;
		for (const { parts, total } of equations) {
			const members = [...parts, total];
			if (members.filter((k) => state[k] !== null).length !== 1) continue;
			const open = parts.filter((k) => state[k] === null);
			// A shown zero stays shown (hiding it protects nothing: the total still gives the other
			// part away), so with no non-zero part left the total itself is withheld.
			const pick = smallest(open.filter((k) => at(k) > 0)) ?? (state[total] === null ? total : null);
			if (pick === null) continue;
			state[pick] = 'secondary';
			changed = true;
		}
		function smallest(ks: number[]): number | null {
			return ks.length === 0 ? null : ks.reduce((a, b) => (at(b) < at(a) ? b : a));
		}
	}

	const cell = (k: number): Cell => {
		const why = state[k];
		return why ? withheld(why) : shown(at(k));
	};
	return {
		cells: range(rows).map((i) => range(cols).map((j) => cell(cellAt(i, j)))),
		rowTotals: range(rows).map((i) => cell(rowTotalAt(i))),
		columnTotals: range(cols).map((j) => cell(colTotalAt(j))),
		// A single column with a total row: that total is the grand total.
		grandTotal: shape.rowTotals && shape.columnTotals ? cell(grandAt) : cols === 1 && shape.columnTotals ? cell(colTotalAt(0)) : null
	};
}

function range(n: number): number[] {
	return Array.from({ length: n }, (_, i) => i);
}
