import { shown, withheld, type Cell, type Suppression } from './disclosure';
import { protectRows } from './protect-rows';

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
 * Primary and secondary suppression of a table of counts and its totals, as
 * one piece. A reader knows every shown figure, that the figures add up, that
 * "fewer than n" means 1 to n−1 and that a cell "suppressed" to protect
 * another holds at least n (it would say "fewer than n" otherwise). A withheld
 * cell is safe when another whole-number table fits all of that and differs
 * in it. Seen as a network (each row and column sum a node, each figure an
 * edge between its row and column), that is a cycle of figures through the
 * cell that can each move one step within what the reader knows; while a
 * withheld cell has none, one more figure beside it is withheld, the
 * smallest that gives it a cycle, else the smallest, a total last.
 */
export function protectTable(
	counts: number[][],
	threshold: number,
	shape: TableShape,
	options: ProtectOptions = {}
): ProtectedTable {
	if (options.nested?.length && !shape.rowTotals)
		return protectRows(
			counts,
			threshold,
			options.forced ?? new Set(),
			options.nested,
			options.fixedColumns
		);
	const rows = counts.length;
	const cols = counts[0]?.length ?? 0;
	const at = flatIndex(rows, cols);
	const rowSum = counts.map((r) => r.reduce((a, b) => a + b, 0));
	const colSum = Array.from({ length: cols }, (_, j) =>
		counts.reduce((a, r) => a + (r[j] ?? 0), 0)
	);
	const value: number[] = [
		...counts.flat(),
		...rowSum,
		...colSum,
		rowSum.reduce((a, b) => a + b, 0)
	];
	const state: Suppression[] = value.map((v) => (v > 0 && v < threshold ? 'small' : null));
	// Withheld elsewhere: "suppressed" if at least the threshold, else (a zero) "fewer than n".
	for (const k of options.forced ?? [])
		if (state[k] === null) state[k] = (value[k] ?? 0) > 0 ? 'secondary' : 'small';

	// Nodes: one per row sum and one per column sum (the totals row and column included); with
	// no row totals shown, no row sum is known, so all row nodes are one (likewise for columns).
	const rowNode = (i: number) => (shape.rowTotals ? i : 0);
	const colNode = (j: number) => rows + 1 + (shape.columnTotals ? j : 0);
	const edges: { k: number; from: number; to: number; sign: 1 | -1; total: boolean }[] = [];
	for (let i = 0; i < rows; i++)
		for (let j = 0; j < cols; j++)
			edges.push({ k: at.cell(i, j), from: rowNode(i), to: colNode(j), sign: 1, total: false });
	if (shape.rowTotals)
		for (let i = 0; i < rows; i++)
			edges.push({ k: at.rowTotal(i), from: rowNode(i), to: colNode(cols), sign: -1, total: true });
	if (shape.columnTotals)
		for (let j = 0; j < cols; j++)
			edges.push({
				k: at.columnTotal(j),
				from: rowNode(rows),
				to: colNode(j),
				sign: -1,
				total: true
			});
	if (shape.rowTotals && shape.columnTotals)
		edges.push({ k: at.grand, from: rowNode(rows), to: colNode(cols), sign: 1, total: true });

	const canMove = (k: number, step: 1 | -1): boolean => {
		const why = state[k];
		if (!why) return false;
		const next = value[k]! + step;
		const [low, high] = labelBounds(why, threshold);
		return next >= low && next <= high;
	};

	type Edge = (typeof edges)[number];
	const incident: Edge[][] = [];
	for (const e of edges) for (const n of [e.from, e.to]) (incident[n] ??= []).push(e);
	/** The ways edge `e` can move, each as where a cycle through it starts and must come back to. */
	const ways = (e: Edge) =>
		([1, -1] as const)
			.filter((step) => canMove(e.k, step))
			.map((step) =>
				step * e.sign > 0 ? { start: e.to, goal: e.from } : { start: e.from, goal: e.to }
			);
	/** The nodes reachable from `start` by moving withheld figures other than `skip`. */
	const reachable = (start: number, skip: Edge): Set<number> => {
		const seen = new Set([start]);
		const stack = [start];
		while (stack.length) {
			const node = stack.pop()!;
			for (const e of incident[node] ?? []) {
				if (e === skip || !state[e.k]) continue;
				// Row node to column node takes the figure up its row→column direction; back, down.
				const next =
					e.from === node && canMove(e.k, e.sign)
						? e.to
						: e.to === node && canMove(e.k, -e.sign as 1 | -1)
							? e.from
							: null;
				if (next !== null && !seen.has(next)) {
					seen.add(next);
					stack.push(next);
				}
			}
		}
		return seen;
	};
	const free = (e: Edge) => ways(e).some((w) => reachable(w.start, e).has(w.goal));

	// A figure nothing can help (with a threshold of 2, "fewer than 2" says it is 1).
	const hopeless = new Set<Edge>();
	for (;;) {
		const pinned = edges.find((e) => state[e.k] && !hopeless.has(e) && !free(e));
		if (!pinned) break;
		const near = new Set(ways(pinned).flatMap((w) => [...reachable(w.start, pinned)]));
		const shownNear = edges.filter((e) => !state[e.k] && (near.has(e.from) || near.has(e.to)));
		const beside = shownNear
			.filter((e) => value[e.k]! > 0)
			.sort((a, b) => Number(a.total) - Number(b.total) || value[a.k]! - value[b.k]!);
		const why = (e: Edge): Suppression => (value[e.k]! > 0 ? 'secondary' : 'small');
		const zeros = shownNear
			.filter((e) => value[e.k] === 0)
			.sort((a, b) => Number(a.total) - Number(b.total));
		const helps = [...beside, ...zeros].find((e) => {
			state[e.k] = why(e);
			const ok = free(pinned);
			state[e.k] = null;
			return ok;
		});
		const pick = helps ?? beside[0] ?? zeros[0];
		if (!pick) {
			hopeless.add(pinned);
			continue;
		}
		state[pick.k] = why(pick);
	}

	const cell = (k: number): Cell => {
		const why = state[k];
		return why ? withheld(why) : shown(value[k] ?? 0);
	};
	const range = (n: number) => Array.from({ length: n }, (_, i) => i);
	return {
		cells: range(rows).map((i) => range(cols).map((j) => cell(at.cell(i, j)))),
		rowTotals: range(rows).map((i) => cell(at.rowTotal(i))),
		columnTotals: range(cols).map((j) => cell(at.columnTotal(j))),
		// A single column with a total row: that total is the grand total.
		grandTotal:
			shape.rowTotals && shape.columnTotals
				? cell(at.grand)
				: cols === 1 && shape.columnTotals
					? cell(at.columnTotal(0))
					: null
	};
}
