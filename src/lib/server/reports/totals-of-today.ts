import { flatIndex } from './protect';

/**
 * A table whose totals count young people allocated now (worker changes by group: its "All"
 * column is each group's allocated young people) has them settled with today's figures
 * (linked.ts): withheld exactly where `forced` says, labelled as today's own table labels them,
 * and never withheld here to protect a figure of the period. A figure of the period in a row
 * whose total of today is withheld is withheld with it as any number (ADR 21), or it would
 * bound that total from below, and two periods side by side could pin it.
 */
export function settledTotals(rows: number, cols: number, forced: ReadonlySet<number>) {
	const at = flatIndex(rows, cols);
	const totals = [...Array.from({ length: rows }, (_, i) => at.rowTotal(i)), at.grand];
	const hidden = new Set(totals.filter((k) => forced.has(k)));
	const alongside = totals.flatMap((k, i) =>
		hidden.has(k)
			? Array.from({ length: cols }, (_, j) => (i < rows ? at.cell(i, j) : at.columnTotal(j)))
			: []
	);
	const settled = new Set(totals);
	// Small only where today's own table withholds it (then it is forced), never shown as small here.
	const shownTotal = (k: number) => settled.has(k) && !hidden.has(k);
	return { settled, shownTotal, alongside };
}
