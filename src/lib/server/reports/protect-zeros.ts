import type { Cell } from './disclosure';
import { flatIndex, type ProtectedTable, type TableShape } from './protect';

/** One figure of a line: where it is (row `rows` is the "All" row), its flat index and its cell. */
type Part = { i: number; j: number; k: number; cell: Cell };

/** What a reader knows of a table beyond its figures. */
interface Layout {
	shape: TableShape;
	/** Columns that count a part of another in every row. */
	nested?: readonly { inner: number; outer: number }[];
	/** Columns settled beforehand (counts of today): today's own table gets this rule, so they are never moved here. */
	fixed?: ReadonlySet<number>;
	/** The rows are groups of young people (teams, age bands), not the categories of an answer. */
	groupRows?: boolean;
}

/**
 * A line whose every non-zero figure is withheld tells the reader that its
 * whole count sits in the withheld figures: "Residential care: 0, 0, 0,
 * fewer than 5" says the one child in residential care had three or more
 * worker changes, however well the withheld figure itself is protected. So
 * where such a line could hold a small group, its zeros are withheld too
 * ("fewer than n" may hide a zero), and the group could be in any of its
 * figures. A line could be small unless its total is shown (then at least n)
 * or it or one of its figures says "suppressed" (at least n).
 *
 * The lines are the groups whose answers a reader could tie to a child they
 * know: each row (a team, an age band, a category) and the "All" row; and,
 * where the rows are the categories of an answer (ratings, languages) in a
 * table without row totals, each column, which is everyone's answers spread
 * over them. A column across groups of young people, or across the answers
 * of a table with row totals, says where an answer came from, not what a
 * group answered; withholding its zeros would hide empty groups, which other
 * tables show as 0 (allocated young people, by worker changes).
 * Returns the flat indices of the zeros to withhold.
 */
export function zerosToWithhold(t: ProtectedTable, layout: Layout): number[] {
	const { shape, nested = [], fixed = new Set<number>(), groupRows = false } = layout;
	const rows = t.cells.length;
	const cols = t.columnTotals.length;
	const at = flatIndex(rows, cols);
	const range = (n: number) => Array.from({ length: n }, (_, i) => i);
	const part = (i: number, j: number): Part =>
		i < rows
			? { i, j, k: at.cell(i, j), cell: t.cells[i]![j]! }
			: { i, j, k: at.columnTotal(j), cell: t.columnTotals[j]! };
	const lines: { parts: Part[]; total: Cell | null }[] = range(rows).map((i) => ({
		parts: range(cols).map((j) => part(i, j)),
		total: shape.rowTotals ? t.rowTotals[i]! : null
	}));
	if (shape.columnTotals)
		lines.push({
			parts: range(cols).map((j) => part(rows, j)),
			total: shape.rowTotals ? t.grandTotal : null
		});
	if (!shape.rowTotals && !groupRows)
		for (const j of range(cols))
			lines.push({
				parts: range(rows).map((i) => part(i, j)),
				total: shape.columnTotals ? t.columnTotals[j]! : null
			});

	/** A zero whose whole beside it shows 0 says nothing more (with an account, of none allocated). */
	const implied = ({ i, j }: Part) =>
		nested.some((n) => {
			const whole = part(i, n.outer).cell;
			return n.inner === j && !whole.suppressed && whole.value === 0;
		});
	const out = new Set<number>();
	for (const { parts, total } of lines) {
		if (
			!holdsSmallGroupWhole(
				parts.map((p) => p.cell),
				total
			)
		)
			continue;
		for (const p of parts) if (!p.cell.suppressed && !fixed.has(p.j) && !implied(p)) out.add(p.k);
	}
	return [...out];
}

/**
 * Whether a line's withheld figures hold all of its count, which could be small, so that a zero
 * beside them would say where a group is: something is withheld, everything shown is 0, and
 * neither the total nor a figure is known to be at least n (shown, or "suppressed").
 */
export function holdsSmallGroupWhole(parts: readonly Cell[], total: Cell | null): boolean {
	const notSmall = (c: Cell | null) =>
		c !== null && c.suppressed !== 'small' && c.suppressed !== 'unbounded';
	return (
		parts.some((c) => c.suppressed) &&
		parts.every((c) => c.suppressed || c.value === 0) &&
		!notSmall(total) &&
		!parts.some((c) => c.suppressed && notSmall(c))
	);
}
