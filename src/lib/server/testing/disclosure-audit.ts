/**
 * A reader trying to get withheld figures back out of a report table, for
 * tests. It knows what the page shows: every shown figure, that counts add
 * up to their "All" row and column, what "fewer than n" and "suppressed"
 * mean, which columns count a part of another, and figures shown in other
 * tables. A withheld count is recovered when only one whole number fits.
 */
import type { ReportTable } from '../reports/table';
import { ranges, type LinearSystem } from './linear-range';

interface ReaderKnows {
	threshold: number;
	/** Column index pairs [part, whole] in every row. */
	nested?: [number, number][];
	/** The same figure shown elsewhere in the report, by row key and column index. */
	shownElsewhere?: (rowKey: string, column: number) => number | undefined;
}

/**
 * Each withheld count a reader can pin to one whole number, as "table: row / column is n".
 * "Fewer than n" is 0 to n−1 (the report says a zero may be withheld to protect a neighbour).
 */
export function recoveredFigures(table: ReportTable, knows: ReaderKnows): string[] {
	const T = knows.threshold;
	const counts = table.columns.flatMap((c, j) => (c.unit === 'count' ? [j] : []));
	const totalRow = table.rows.findIndex((r) => r.total);
	const totalLabel = table.rows[totalRow]?.label;
	const totalCol = counts.find((j) => table.columns[j]!.label === totalLabel) ?? -1;
	const unknown = new Map<string, number>();
	const sys: LinearSystem = { count: 0, equations: [], atMost: [], lower: [], upper: [] };
	/** A figure as [unknown index, 0] or [−1, its value]. */
	const term = (i: number, j: number): [number, number] => {
		const row = table.rows[i]!;
		const cell = row.cells[j]!;
		if (!cell.suppressed) return [-1, cell.value ?? 0];
		const known = knows.shownElsewhere?.(row.key, j);
		if (known !== undefined) return [-1, known];
		const id = `${i},${j}`;
		if (!unknown.has(id)) {
			unknown.set(id, sys.count++);
			sys.lower.push(cell.suppressed === 'small' ? 0 : T);
			sys.upper.push(cell.suppressed === 'small' ? T - 1 : Infinity);
		}
		return [unknown.get(id)!, 0];
	};
	const addUp = (parts: [number, number][], whole: [number, number]) => {
		const terms: [number, number][] = [];
		let constant = 0;
		for (const [k, v] of parts) {
			if (k >= 0) terms.push([k, 1]);
			else constant -= v;
		}
		if (whole[0] >= 0) terms.push([whole[0], -1]);
		else constant += whole[1];
		if (terms.length) sys.equations.push({ terms, constant });
	};
	const body = table.rows.map((_, i) => i).filter((i) => i !== totalRow);
	if (totalCol >= 0) {
		for (let i = 0; i < table.rows.length; i++)
			addUp(
				counts.filter((j) => j !== totalCol).map((j) => term(i, j)),
				term(i, totalCol)
			);
	}
	if (totalRow >= 0)
		for (const j of counts)
			addUp(
				body.map((i) => term(i, j)),
				term(totalRow, j)
			);
	for (const [part, whole] of knows.nested ?? []) {
		for (let i = 0; i < table.rows.length; i++) {
			const [a, va] = term(i, part);
			const [b, vb] = term(i, whole);
			if (a >= 0 && b >= 0) sys.atMost.push([a, b]);
			else if (a >= 0) sys.upper[a] = Math.min(sys.upper[a]!, vb);
			else if (b >= 0) sys.lower[b] = Math.max(sys.lower[b]!, va);
		}
	}
	const found: string[] = [];
	const r = sys.count ? ranges(sys) : [];
	if (r === null) return [`${table.id}: the shown figures contradict each other`];
	for (const [id, k] of unknown) {
		const { min, max } = r[k]!;
		if (Math.ceil(min - 1e-6) >= Math.floor(max + 1e-6)) {
			const [i, j] = id.split(',').map(Number);
			found.push(
				`${table.id}: ${table.rows[i!]!.label} / ${table.columns[j!]!.label} is ${Math.round(min)}`
			);
		}
	}
	return found;
}

/** Medians, percentiles and averages are shown only beside a shown count (the nearest count column to their left). */
export function statisticsBesideWithheldCounts(table: ReportTable): string[] {
	const found: string[] = [];
	for (const row of table.rows) {
		let countHidden = false;
		row.cells.forEach((cell, j) => {
			const unit = table.columns[j]!.unit;
			if (unit === 'count') countHidden = cell.suppressed !== null;
			else if (unit !== 'percent' && countHidden && !cell.suppressed && cell.value !== null)
				found.push(`${table.id}: ${row.label} / ${table.columns[j]!.label}`);
		});
	}
	return found;
}
