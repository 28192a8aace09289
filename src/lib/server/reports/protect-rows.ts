import { shown, withheld, type Suppression } from './disclosure';
import { flatIndex, labelBounds, type ProtectedTable } from './protect';

/**
 * A table whose columns count parts of one another (allocated, with an
 * account, active), with an "All" row. A reader knows a part is at most its
 * whole, which ties a row's cells together, so a group's row is withheld
 * whole or not at all, while the "All" row withholds only what it must. A
 * withheld figure is safe when it can move by one, with another withheld
 * figure of its column moving to keep the "All" right, each within what its
 * label says and its row's shown figures allow; or, for a whole row, when
 * the row can move by one in every column against another whole row (or
 * the whole "All" row), or against another group moving in other columns
 * with the "All" row taking up the difference. While a figure cannot, the
 * smallest other group is withheld too, else figures of the "All" row, its
 * whole (allocated) last.
 *
 * Fixed columns (counts of today, the same in every period's report) are
 * settled beforehand: they are withheld exactly where `forced` says and never
 * moved. A figure that counts a part of a withheld figure of today is withheld
 * with it, labelled `unbounded` (any number), in the "All" row too: a label
 * that said "fewer than 5" would bound today's figure from below, and two
 * periods' reports read side by side could then pin it. With that, what a
 * period shows asks nothing of today's withheld figures that today's own
 * shown figures do not already settle (the parts in withheld rows add up to
 * at most those rows' withheld wholes, whose sum today's "All" row gives).
 */
export function protectRows(
	counts: number[][],
	threshold: number,
	forced: ReadonlySet<number>,
	nested: readonly { inner: number; outer: number }[],
	fixed: ReadonlySet<number> = new Set()
): ProtectedTable {
	const rows = counts.length;
	const cols = counts[0]?.length ?? 0;
	const at = flatIndex(rows, cols);
	const ALL = rows;
	const total = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + (r[j] ?? 0), 0));
	const line = (i: number) => (i < rows ? counts[i]! : total);
	const flat = (i: number, j: number) => (i < rows ? at.cell(i, j) : at.columnTotal(j));
	const needs = (i: number, j: number) => {
		const v = line(i)[j]!;
		return (!fixed.has(j) && v > 0 && v < threshold) || forced.has(flat(i, j));
	};
	const hidden: boolean[][] = Array.from({ length: rows + 1 }, (_, i) =>
		Array.from({ length: cols }, (_, j) => fixed.has(j) && forced.has(flat(i, j)))
	);
	/** A part of a withheld figure of today: withheld with it, as any number. */
	const alongside = (i: number, j: number) =>
		!fixed.has(j) && nested.some((n) => n.inner === j && fixed.has(n.outer) && hidden[i]![n.outer]);
	for (let i = 0; i <= rows; i++)
		for (let j = 0; j < cols; j++) if (alongside(i, j)) hidden[i]![j] = true;
	const movable = Array.from({ length: cols }, (_, j) => j).filter((j) => !fixed.has(j));
	const why = (v: number): Exclude<Suppression, null> => (v < threshold ? 'small' : 'secondary');
	// The "All" row's figures of the period are shared by every breakdown, so their label must
	// not depend on one table's rows; "any number" lets them move with a group's withheld part.
	const label = (i: number, j: number) =>
		alongside(i, j) || (i === ALL && fixed.size > 0) ? 'unbounded' : why(line(i)[j]!);
	/** A part its label and a shown whole beside it leave one value (3 of 3 "not fewer than 3"): withholding it would protect nothing. */
	const stuck = (i: number, j: number) => {
		const [low, high] = labelBounds(label(i, j), threshold);
		const wholes = nested.filter((n) => n.inner === j && !hidden[i]![n.outer]);
		return low >= Math.min(high, ...wholes.map((n) => line(i)[n.outer]!));
	};
	const hideRow = (i: number) =>
		movable.forEach((j) => (hidden[i]![j] = hidden[i]![j] || !stuck(i, j)));
	const rowOpen = (i: number) => movable.some((j) => !hidden[i]![j] && !stuck(i, j));

	for (let i = 0; i < rows; i++) if (line(i).some((_, j) => needs(i, j))) hideRow(i);
	for (let j = 0; j < cols; j++) if (needs(ALL, j)) hidden[ALL]![j] = true;

	const inLabel = (i: number, j: number, step: number) => {
		const v = line(i)[j]!;
		const [low, high] = labelBounds(label(i, j), threshold);
		return v + step >= low && v + step <= high;
	};
	/** Some of a row's figures moving by one together: each within its label and withheld, and none past a part or whole beside it that stays (taken as it truly is). */
	const canMove = (i: number, set: readonly number[], step: 1 | -1, reader = false) =>
		set.every((j) => hidden[i]![j] && inLabel(i, j, step)) &&
		nested.every((n) => {
			const [a, b] = [set.includes(n.inner), set.includes(n.outer)];
			const moved = (j: number, inSet: boolean) => line(i)[j]! + (inSet ? step : 0);
			// A withheld figure of today bounds its parts by what its label says, as a reader
			// sees it, when those parts are the ones being protected; as a partner's bound it
			// counts as known (its true value), which can only make a partner move less.
			const whole = (j: number, inSet: boolean) =>
				reader && !inSet && fixed.has(j) && hidden[i]![j]
					? labelBounds(why(line(i)[j]!), threshold)[1]
					: moved(j, inSet);
			return a === b || moved(n.inner, a) <= whole(n.outer, b);
		});
	// Column sets to move together, smallest first: one figure alone, then with its parts or wholes.
	const subsets = Array.from({ length: (1 << cols) - 1 }, (_, m) => m + 1)
		.sort((x, y) => popcount(x) - popcount(y))
		.map((mask) => Array.from({ length: cols }, (_, j) => j).filter((j) => mask & (1 << j)))
		.filter((set) => set.every((j) => !fixed.has(j)));
	const wholes = new Set(
		nested.map((n) => n.outer).filter((j) => !nested.some((n) => n.inner === j))
	);
	const allSubsets = [...subsets].sort(
		(x, y) =>
			Number(x.some((k) => wholes.has(k))) - Number(y.some((k) => wholes.has(k))) ||
			x.length - y.length
	);
	// A group and the "All" move the same way; two groups move opposite ways.
	const partner = (i: number, o: number, step: 1 | -1): 1 | -1 =>
		(o === ALL) !== (i === ALL) ? step : (-step as 1 | -1);
	const others = (i: number) =>
		Array.from({ length: rows + 1 }, (_, o) => o).filter((o) => o !== i);
	/** The "All" row moving by `delta` in each column: withheld where it moves, within its labels, parts within wholes. */
	const allCanShift = (delta: readonly number[]) =>
		delta.every((d, j) => d === 0 || (hidden[ALL]![j] && inLabel(ALL, j, d))) &&
		nested.every((n) => total[n.inner]! + delta[n.inner]! <= total[n.outer]! + delta[n.outer]!);
	/** Two groups moving opposite ways in different columns, the "All" row taking up the difference. */
	const movesWithGroupAndAll = (i: number, set: readonly number[], step: 1 | -1) =>
		i < rows &&
		others(i).some(
			(o) =>
				o < rows &&
				subsets.some(
					(other) =>
						canMove(o, other, -step as 1 | -1) &&
						allCanShift(
							Array.from(
								{ length: cols },
								(_, k) => (set.includes(k) ? step : 0) - (other.includes(k) ? step : 0)
							)
						)
				)
		);
	const free = (i: number, j: number) =>
		subsets.some(
			(set) =>
				set.includes(j) &&
				([1, -1] as const).some(
					(step) =>
						canMove(i, set, step, alongside(i, j)) &&
						(others(i).some((o) => canMove(o, set, partner(i, o, step))) ||
							movesWithGroupAndAll(i, set, step))
				)
		);
	const size = (i: number) => line(i).reduce((a, b) => a + b, 0);
	const hopeless = new Set<string>();
	const cells = Array.from({ length: rows + 1 }, (_, i) =>
		Array.from({ length: cols }, (_, j) => [i, j] as const)
	).flat();
	for (;;) {
		const pinned = cells.find(
			([i, j]) => !fixed.has(j) && hidden[i]![j] && !hopeless.has(`${i},${j}`) && !free(i, j)
		);
		if (!pinned) break;
		const [i, j] = pinned;
		const groups = others(i)
			.filter((o) => o < rows && rowOpen(o) && size(o) > 0)
			.sort((a, b) => size(a) - size(b));
		const tryHide = (o: number, hide: () => void) => {
			const before = hidden.map((r) => [...r]);
			hide();
			const ok = free(i, j);
			before.forEach((r, k) => (hidden[k] = r));
			return ok;
		};
		const helps = groups.find((o) => tryHide(o, () => hideRow(o)));
		if (helps !== undefined) hideRow(helps);
		else {
			// Else the fewest figures of the "All" row that let it move with this one.
			// The whole (allocated) comes last: a headline figure, kept where withholding its parts will do.
			const all =
				i < rows
					? allSubsets
							.filter((set) => set.some((k) => !hidden[ALL]![k]))
							.find((set) => tryHide(ALL, () => set.forEach((k) => (hidden[ALL]![k] = true))))
					: undefined;
			if (all) all.forEach((k) => (hidden[ALL]![k] = true));
			else if (groups[0] !== undefined) hideRow(groups[0]);
			else hopeless.add(`${i},${j}`);
		}
	}
	const cell = (i: number, j: number) => {
		const v = line(i)[j] ?? 0;
		return hidden[i]![j] ? withheld(fixed.has(j) ? why(v) : label(i, j)) : shown(v);
	};
	const range = (n: number) => Array.from({ length: n }, (_, i) => i);
	return {
		cells: range(rows).map((i) => range(cols).map((j) => cell(i, j))),
		rowTotals: [],
		columnTotals: range(cols).map((j) => cell(ALL, j)),
		grandTotal: cols === 1 ? cell(ALL, 0) : null
	};
}

function popcount(n: number): number {
	return n.toString(2).replaceAll('0', '').length;
}
