import { rateCell, shown, statisticCell, withheld, type Cell } from './disclosure';
import { protectTable, type ProtectedTable } from './protect';

export type Unit = 'count' | 'percent' | 'hours' | 'minutes' | 'days' | 'score';

export interface ReportTable {
	id: string;
	section: SectionId;
	caption: string;
	definition: string;
	rowHeader: string;
	columns: { label: string; unit: Unit }[];
	rows: { key: string; label: string; cells: Cell[]; total?: boolean }[];
}

export const SECTIONS = [
	'reach',
	'meetings',
	'changes',
	'responsiveness',
	'wellbeing',
	'stability',
	'themes'
] as const;
export type SectionId = (typeof SECTIONS)[number];

/** The key of the total row, and of the total column. */
export const TOTAL = 'total';

interface CountTableSpec {
	id: string;
	section: SectionId;
	caption: string;
	definition: string;
	rowHeader: string;
	rows: { key: string; label: string }[];
	columns: { key: string; label: string }[];
	value: (row: string, column: string) => number;
	/** The columns are parts of a whole: add a total column. */
	rowTotals: boolean;
	/** A total row; the rows are always parts of a whole here. */
	totalLabel: string;
	/** Percentages of one column over another, added after the counts. */
	rates?: { label: string; numerator: string; denominator: string }[];
	/** Medians and the like of what a count column counts, shown after it, and only where that count is shown. */
	statistics?: {
		column: string;
		label: string;
		unit: Unit;
		value: (row: string) => number | null;
	}[];
	/**
	 * Columns that count what is true today (allocated now, with an account), the same
	 * whatever period the report covers: hidden alike in every period (linked.ts).
	 */
	todayColumns?: string[];
	/**
	 * The row totals count what is true today (each group's allocated young people, the "All"
	 * of worker changes), shown or withheld as today's own figures are; `links` ties them to
	 * those figures (linked.ts).
	 */
	totalsOfToday?: boolean;
	/** Columns that count a part of another column in every row. */
	nested?: { inner: string; outer: string }[];
	/**
	 * The rows are groups of young people (teams, age bands, legal statuses, placements), not the
	 * categories of an answer, so a column is not read as everyone's answers (protect-zeros.ts).
	 * Read only without row totals: with them, the columns are always an answer's categories.
	 */
	rowsAreGroups?: boolean;
	/**
	 * The same figure shown in another table (a shared total row, say) has the same link: if
	 * one table has to withhold it, every table does, or it could be read from the other.
	 */
	links?: (row: string, column: string) => string | null;
	threshold: number;
}

/** A table of counts before disclosure control: report.ts protects all of a report's tables together. */
export interface CountTableDraft {
	spec: CountTableSpec;
	counts: number[][];
}

export function countTable(spec: CountTableSpec): CountTableDraft {
	return { spec, counts: spec.rows.map((r) => spec.columns.map((c) => spec.value(r.key, c.key))) };
}

export function protectDraft(draft: CountTableDraft, forced: ReadonlySet<number>): ProtectedTable {
	const { spec, counts } = draft;
	const col = (key: string) => spec.columns.findIndex((c) => c.key === key);
	const nested = (spec.nested ?? []).map((n) => ({ inner: col(n.inner), outer: col(n.outer) }));
	const fixedColumns = new Set((spec.todayColumns ?? []).map(col));
	return protectTable(
		counts,
		spec.threshold,
		{ rowTotals: spec.rowTotals, columnTotals: true },
		{
			forced,
			nested,
			fixedColumns,
			groupRows: spec.rowsAreGroups,
			totalsOfToday: spec.totalsOfToday
		}
	);
}

/**
 * The protected counts with their totals, then the statistics beside shown
 * counts and the rates, worked out from the protected cells so neither gives
 * back a withheld count.
 */
export function finishTable(draft: CountTableDraft, t: ProtectedTable): ReportTable {
	const { spec } = draft;
	const colIndex = (key: string) => spec.columns.findIndex((c) => c.key === key);
	const stats = (key: string) => (spec.statistics ?? []).filter((s) => s.column === key);
	const line = (rowKey: string, cells: Cell[], rowTotal: Cell | null): Cell[] => [
		...spec.columns.flatMap((c, j) => {
			const count = cells[j] ?? shown(0);
			const n = draft.counts.reduce(
				(a, r, i) => a + (rowKey === TOTAL || spec.rows[i]?.key === rowKey ? (r[j] ?? 0) : 0),
				0
			);
			return [
				count,
				...stats(c.key).map((s) =>
					count.suppressed
						? withheld(count.suppressed)
						: statisticCell(s.value(rowKey), n, spec.threshold)
				)
			];
		}),
		...(spec.rowTotals && rowTotal ? [rowTotal] : []),
		...(spec.rates ?? []).map((r) =>
			rateCell(
				cells[colIndex(r.numerator)] ?? 0,
				cells[colIndex(r.denominator)] ?? 0,
				spec.threshold
			)
		)
	];
	return {
		id: spec.id,
		section: spec.section,
		caption: spec.caption,
		definition: spec.definition,
		rowHeader: spec.rowHeader,
		columns: [
			...spec.columns.flatMap((c) => [
				{ label: c.label, unit: 'count' as Unit },
				...stats(c.key).map((s) => ({ label: s.label, unit: s.unit }))
			]),
			...(spec.rowTotals ? [{ label: spec.totalLabel, unit: 'count' as Unit }] : []),
			...(spec.rates ?? []).map((r) => ({ label: r.label, unit: 'percent' as Unit }))
		],
		rows: [
			...spec.rows.map((r, i) => ({
				key: r.key,
				label: r.label,
				cells: line(r.key, t.cells[i] ?? [], t.rowTotals[i] ?? null)
			})),
			{
				key: TOTAL,
				label: spec.totalLabel,
				total: true,
				cells: line(TOTAL, t.columnTotals, t.grandTotal)
			}
		]
	};
}

/** The protected value of one cell by row key and column label, for headlines and charts. */
export function cellOf(table: ReportTable, rowKey: string, column = 0): Cell {
	return (
		table.rows.find((r) => r.key === rowKey)?.cells[column] ?? { value: null, suppressed: null }
	);
}
