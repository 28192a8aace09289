import { protectTable, rateCell, type Cell } from './disclosure';

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

export const SECTIONS = ['reach', 'meetings', 'changes', 'responsiveness', 'wellbeing', 'stability', 'themes'] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface CountTableSpec {
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
	threshold: number;
}

/**
 * A table of counts with its totals, protected as one piece (primary and
 * secondary suppression), then with any rates worked out from the protected
 * cells so a rate never gives back a withheld count.
 */
export function countTable(spec: CountTableSpec): ReportTable {
	const counts = spec.rows.map((r) => spec.columns.map((c) => spec.value(r.key, c.key)));
	const t = protectTable(counts, spec.threshold, { rowTotals: spec.rowTotals, columnTotals: true });
	const colIndex = (key: string) => spec.columns.findIndex((c) => c.key === key);
	const line = (cells: Cell[], rowTotal: Cell | null): Cell[] => [
		...cells,
		...(spec.rowTotals && rowTotal ? [rowTotal] : []),
		...(spec.rates ?? []).map((r) => rateCell(cells[colIndex(r.numerator)] ?? 0, cells[colIndex(r.denominator)] ?? 0, spec.threshold))
	];
	return {
		id: spec.id,
		section: spec.section,
		caption: spec.caption,
		definition: spec.definition,
		rowHeader: spec.rowHeader,
		columns: [
			...spec.columns.map((c) => ({ label: c.label, unit: 'count' as Unit })),
			...(spec.rowTotals ? [{ label: spec.totalLabel, unit: 'count' as Unit }] : []),
			...(spec.rates ?? []).map((r) => ({ label: r.label, unit: 'percent' as Unit }))
		],
		rows: [
			...spec.rows.map((r, i) => ({ key: r.key, label: r.label, cells: line(t.cells[i] ?? [], t.rowTotals[i] ?? null) })),
			{ key: 'total', label: spec.totalLabel, total: true, cells: line(t.columnTotals, t.grandTotal) }
		]
	};
}

/** The protected value of one cell by row key and column label, for headlines and charts. */
export function cellOf(table: ReportTable, rowKey: string, column = 0): Cell {
	return table.rows.find((r) => r.key === rowKey)?.cells[column] ?? { value: null, suppressed: null };
}
