import { withheld } from './disclosure';
import { countDrafts, figureAt, protectCountTables, type Draft } from './linked';
import { flatIndex } from './protect';
import { TOTAL, type CountTableDraft, type ReportTable } from './table';

/*
 * Quarters as blocks (docs/adr/0054-each-quarter-is-a-block.md). Every period is whole
 * quarters, and every quarter has a report of its own. A report of several
 * quarters shows a figure only if each of its quarters' own reports shows that figure, so what
 * a reader gets by subtracting reports of nested periods (a year less three of its quarters) is
 * a figure the fourth quarter's report shows anyway.
 */

/** Every figure one quarter's own report withholds, each named by its table, row and column. */
export type WithheldFigures = ReadonlySet<string>;

const nameOf = (table: string, row: string, column: string) => `${table}|${row}|${column}`;
/** Counts add up over quarters and can be subtracted; a median or a share cannot. */
const isCount = (table: ReportTable, column: number) => table.columns[column]?.unit === 'count';

/** The figures of a count table, by position and by name: a quarter's table may have other rows. */
function figuresOf(draft: CountTableDraft) {
	const { id, rows, columns, rowTotals } = draft.spec;
	const at = flatIndex(rows.length, columns.length);
	const figure = (k: number, row: string, column: string) => ({ k, name: nameOf(id, row, column) });
	return [
		...rows.flatMap((r, i) => columns.map((c, j) => figure(at.cell(i, j), r.key, c.key))),
		...(rowTotals ? rows.map((r, i) => figure(at.rowTotal(i), r.key, TOTAL)) : []),
		...columns.map((c, j) => figure(at.columnTotal(j), TOTAL, c.key)),
		figure(at.grand, TOTAL, TOTAL)
	];
}

/** What a quarter's report withholds, from its drafts protected as that report protects them. */
export function withheldIn(sections: Record<string, Draft[]>): WithheldFigures {
	const out = new Set<string>();
	for (const [draft, t] of protectCountTables(countDrafts(sections))) {
		const { rows, columns } = draft.spec;
		for (const f of figuresOf(draft))
			if (figureAt(t, rows.length, columns.length, f.k)?.suppressed) out.add(f.name);
	}
	for (const d of Object.values(sections).flat())
		if ('fixed' in d)
			for (const row of d.fixed.rows)
				row.cells.forEach((c, i) => {
					if (c.suppressed && isCount(d.fixed, i)) out.add(nameOf(d.fixed.id, row.key, `#${i}`));
				});
	return out;
}

/** The figures of a period's count table that one of its quarters' reports withholds. */
export const withheldByQuarters =
	(quarters: readonly WithheldFigures[]) =>
	(draft: CountTableDraft): ReadonlySet<number> =>
		new Set(
			figuresOf(draft)
				.filter((f) => quarters.some((q) => q.has(f.name)))
				.map((f) => f.k)
		);

/**
 * A period's tables of single figures (no totals to protect them by), with every count withheld
 * that one of its quarters' reports withholds: "suppressed", or "fewer than n" for a zero.
 */
export function withholdSingleFigures<K extends string>(
	sections: Record<K, Draft[]>,
	quarters: readonly WithheldFigures[]
): Record<K, Draft[]> {
	const hidden = (name: string) => quarters.some((q) => q.has(name));
	const out = {} as Record<K, Draft[]>;
	for (const key of Object.keys(sections) as K[])
		out[key] = sections[key].map((d) => {
			if (!('fixed' in d)) return d;
			const rows = d.fixed.rows.map((row) => ({
				...row,
				cells: row.cells.map((c, i) =>
					c.suppressed || !isCount(d.fixed, i) || !hidden(nameOf(d.fixed.id, row.key, `#${i}`))
						? c
						: withheld((c.value ?? 0) > 0 ? 'secondary' : 'small')
				)
			}));
			return { fixed: { ...d.fixed, rows } };
		});
	return out;
}
