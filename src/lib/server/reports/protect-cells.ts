import { shown, withheld, type Cell, type Suppression } from './disclosure';
import { flatIndex, labelBounds, type ProtectedTable, type TableShape } from './protect';
import { settledTotals } from './totals-of-today';

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
export function protectCells(
	counts: number[][],
	threshold: number,
	shape: TableShape,
	forced: ReadonlySet<number>,
	totalsOfToday = false
): ProtectedTable {
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
	const today = totalsOfToday ? settledTotals(rows, cols, forced) : null;
	const state: Suppression[] = value.map((v, k) =>
		v > 0 && v < threshold && !today?.shownTotal(k) ? 'small' : null
	);
	// Withheld elsewhere (or a zero by protect-zeros.ts): "suppressed" if at least the threshold, else (a zero) "fewer than n".
	for (const k of forced)
		if (state[k] === null) state[k] = (value[k] ?? 0) > 0 ? 'secondary' : 'small';
	for (const k of today?.alongside ?? []) state[k] = 'unbounded';

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
	/** The nodes from which `goal` is reachable so (the same steps, looked at from their end). */
	const reaching = (goal: number, skip: Edge): Set<number> => {
		const seen = new Set([goal]);
		const stack = [goal];
		while (stack.length) {
			const node = stack.pop()!;
			for (const e of incident[node] ?? []) {
				if (e === skip || !state[e.k]) continue;
				const before =
					e.to === node && canMove(e.k, e.sign)
						? e.from
						: e.from === node && canMove(e.k, -e.sign as 1 | -1)
							? e.to
							: null;
				if (before !== null && !seen.has(before)) {
					seen.add(before);
					stack.push(before);
				}
			}
		}
		return seen;
	};
	const free = (e: Edge) => ways(e).some((w) => reachable(w.start, e).has(w.goal));
	/** Whether `e` can be moved from a node in `from` to one in `to`. */
	const crosses = (e: Edge, from: Set<number>, to: Set<number>) =>
		(canMove(e.k, e.sign) && from.has(e.from) && to.has(e.to)) ||
		(canMove(e.k, -e.sign as 1 | -1) && from.has(e.to) && to.has(e.from));

	// A figure nothing can help (with a threshold of 2, "fewer than 2" says it is 1).
	const hopeless = new Set<Edge>();
	// Withholding more only adds ways round, so a figure once free stays free: not asked again.
	const settled = new Set<Edge>();
	const isPinned = (e: Edge) => {
		if (!state[e.k] || hopeless.has(e) || settled.has(e)) return false;
		if (!free(e)) return true;
		settled.add(e);
		return false;
	};
	for (;;) {
		const pinned = edges.find(isPinned);
		if (!pinned) break;
		// With no way round yet, one newly withheld figure helps when it leads from somewhere the
		// cycle's start reaches to somewhere its goal is reached from (found once, not per figure).
		const around = ways(pinned).map((w) => ({
			from: reachable(w.start, pinned),
			to: reaching(w.goal, pinned)
		}));
		const near = new Set(around.flatMap((a) => [...a.from]));
		const shownNear = edges.filter(
			(e) => !state[e.k] && !today?.settled.has(e.k) && (near.has(e.from) || near.has(e.to))
		);
		const beside = shownNear
			.filter((e) => value[e.k]! > 0)
			.sort((a, b) => Number(a.total) - Number(b.total) || value[a.k]! - value[b.k]!);
		const why = (e: Edge): Suppression => (value[e.k]! > 0 ? 'secondary' : 'small');
		const zeros = shownNear
			.filter((e) => value[e.k] === 0)
			.sort((a, b) => Number(a.total) - Number(b.total));
		const helps = [...beside, ...zeros].find((e) => {
			state[e.k] = why(e);
			const ok = around.some((a) => crosses(e, a.from, a.to));
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
