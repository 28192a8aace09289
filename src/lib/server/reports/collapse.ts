import type { Cell } from './disclosure';
import type { Report } from './report';
import type { ReportTable } from './table';

/** A breakdown with no group's figure to show, said in one line instead of a table of "fewer than n". */
export interface CollapsedTable {
	/**
	 * `small`: every group is under the threshold; `mixed`: some are, and the others are withheld
	 * to protect them; `none`: there was nothing at all to count in the period.
	 */
	why: 'small' | 'mixed' | 'none';
	/** The figures of the "All" row that are shown, which the line keeps. */
	total: { label: string; value: string }[];
}

const zeroOrNone = (c: Cell) => !c.suppressed && !c.value;

const nothingAtAll = (table: ReportTable) =>
	table.rows.length > 0 && table.rows.every((r) => r.cells.every(zeroOrNone));

function shownText(cell: Cell, unit: string): string {
	return unit === 'percent' ? `${cell.value}%` : String(cell.value);
}

/**
 * A table is collapsed when it breaks a figure down into groups and no group
 * shows anything but a zero: every other group figure is withheld, or every
 * figure is a zero. This only leaves out figures already protected (ADR 14) or
 * zeros the line says in words, so it shows nothing new.
 */
export function collapseTable(table: ReportTable): CollapsedTable | null {
	// One-row tables of statistics (key "all") are not breakdowns: said in a line only when all is zero.
	const groups = table.rows.filter((r) => !r.total && r.key !== 'all');
	if (groups.length === 0) return nothingAtAll(table) ? { why: 'none', total: [] } : null;
	const cells = groups.flatMap((r) =>
		r.cells.map((cell, i) => ({ cell, unit: table.columns[i]?.unit ?? 'count' }))
	);
	if (!cells.every(({ cell }) => cell.suppressed || zeroOrNone(cell))) return null;
	if (!cells.some(({ cell }) => cell.suppressed)) return { why: 'none', total: [] };
	// A rate beside two small counts is withheld as "secondary" too, so judge by the counts where there are any
	// (a count of the period withheld beside a small one of today follows it, so it says nothing here).
	const counts = cells.some((c) => c.unit === 'count')
		? cells.filter((c) => c.unit === 'count')
		: cells;
	const why = counts.some((c) => c.cell.suppressed === 'secondary') ? 'mixed' : 'small';
	const totalRow = table.rows.find((r) => r.total);
	const total = (totalRow?.cells ?? []).flatMap((cell, i) =>
		cell.suppressed || cell.value === null
			? []
			: [
					{
						label: table.columns[i]?.label ?? '',
						value: shownText(cell, table.columns[i]?.unit ?? 'count')
					}
				]
	);
	// "All together: Not possible 0" alone says little; the zeros are kept beside a figure that is not.
	return { why, total: totalRow?.cells.some((c) => !c.suppressed && c.value) ? total : [] };
}

/** Every collapsed table of a report, by table id. */
export function collapsedTables(report: Report): Record<string, CollapsedTable> {
	const out: Record<string, CollapsedTable> = {};
	for (const table of report.sections.flatMap((s) => s.tables)) {
		const collapsed = collapseTable(table);
		if (collapsed) out[table.id] = collapsed;
	}
	return out;
}
