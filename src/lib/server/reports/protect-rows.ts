import { shown, withheld, type Suppression } from './disclosure';
import { flatIndex, labelBounds, type ProtectedTable } from './protect';

/**
 * A table whose columns count parts of one another (allocated, with an
 * account, active), with an "All" row. A reader knows a part is at most its
 * whole, which ties a row's cells together, so a row is withheld whole or
 * not at all: a withheld row is safe when it and another withheld row (or
 * the "All" row) can each move by one in every column and still fit what
 * the labels say. While one cannot, the smallest other row is withheld too.
 */
export function protectRows(counts: number[][], threshold: number, forced: ReadonlySet<number>): ProtectedTable {
	const rows = counts.length;
	const cols = counts[0]?.length ?? 0;
	const at = flatIndex(rows, cols);
	const total = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + (r[j] ?? 0), 0));
	// Row `rows` is the "All" row.
	const line = (i: number) => (i < rows ? counts[i]! : total);
	const flat = (i: number, j: number) => (i < rows ? at.cell(i, j) : at.columnTotal(j));
	const hidden = new Set<number>();
	for (let i = 0; i <= rows; i++) {
		if (line(i).some((v, j) => (v > 0 && v < threshold) || (forced.has(flat(i, j)) && v > 0))) hidden.add(i);
	}
	const why = (v: number): Suppression => (v < threshold ? 'small' : 'secondary');
	const canMove = (i: number, step: 1 | -1) =>
		line(i).every((v) => {
			const [low, high] = labelBounds(why(v), threshold);
			return v + step >= low && v + step <= high;
		});
	// A part and the whole move the same way; two parts move opposite ways.
	const free = (i: number) =>
		([1, -1] as const).some((step) => canMove(i, step) && [...hidden].some((o) => o !== i && canMove(o, (o === rows) !== (i === rows) ? step : (-step as 1 | -1))));
	const size = (i: number) => line(i).reduce((a, b) => a + b, 0);
	const hopeless = new Set<number>();
	for (;;) {
		const pinned = [...hidden].find((i) => !hopeless.has(i) && !free(i));
		if (pinned === undefined) break;
		const others = Array.from({ length: rows + 1 }, (_, i) => i)
			.filter((i) => !hidden.has(i) && size(i) > 0)
			.sort((a, b) => Number(a === rows) - Number(b === rows) || size(a) - size(b));
		const helps = others.find((o) => {
			hidden.add(o);
			const ok = free(pinned);
			hidden.delete(o);
			return ok;
		});
		const pick = helps ?? others[0];
		if (pick === undefined) hopeless.add(pinned);
		else hidden.add(pick);
	}
	const cell = (i: number, j: number) => {
		const v = line(i)[j] ?? 0;
		return hidden.has(i) ? withheld(why(v)) : shown(v);
	};
	const range = (n: number) => Array.from({ length: n }, (_, i) => i);
	return {
		cells: range(rows).map((i) => range(cols).map((j) => cell(i, j))),
		rowTotals: [],
		columnTotals: range(cols).map((j) => cell(rows, j)),
		grandTotal: cols === 1 ? cell(rows, 0) : null
	};
}
