import type { Cell } from './disclosure';
import { flatIndex, type ProtectedTable } from './protect';
import {
	finishTable,
	linkedFigures,
	protectDraft,
	type CountTableDraft,
	type ReportTable
} from './table';

/** A table of a report on its way out: counts still to protect, figures already safe, or one worked out from other tables. */
export type Draft =
	| { count: CountTableDraft }
	| { fixed: ReportTable }
	| { derived: (find: (id: string) => ReportTable | undefined) => ReportTable };

function figureAt(t: ProtectedTable, rows: number, cols: number, k: number): Cell | undefined {
	const at = flatIndex(rows, cols);
	if (k < at.rowTotal(0)) return t.cells[Math.floor(k / cols)]?.[k % cols];
	if (k < at.columnTotal(0)) return t.rowTotals[k - at.rowTotal(0)];
	if (k < at.grand) return t.columnTotals[k - at.columnTotal(0)];
	return t.grandTotal ?? undefined;
}

/**
 * Protects every count table of a report, each as a whole, and then together:
 * a figure that appears in several tables (the "All" row of each breakdown of
 * the same thing) is withheld in all of them as soon as one has to withhold
 * it, and the tables are protected again until nothing more changes. A few
 * rounds of cheap work on counts already in memory.
 */
export function protectTogether<K extends string>(
	sections: Record<K, Draft[]>
): Record<K, ReportTable[]> {
	const drafts = Object.values<Draft[]>(sections).flat();
	const counted = drafts.flatMap((d) => ('count' in d ? [d.count] : []));
	const figures = counted.map(linkedFigures);
	const withheld = new Set<string>();
	const protectedOf = new Map<CountTableDraft, ProtectedTable>();
	for (let grew = true; grew;) {
		grew = false;
		counted.forEach((draft, i) => {
			const forced = new Set(figures[i]!.filter((f) => withheld.has(f.link)).map((f) => f.k));
			protectedOf.set(draft, protectDraft(draft, forced));
		});
		counted.forEach((draft, i) => {
			const t = protectedOf.get(draft)!;
			for (const f of figures[i]!) {
				if (
					withheld.has(f.link) ||
					!figureAt(t, draft.spec.rows.length, draft.spec.columns.length, f.k)?.suppressed
				)
					continue;
				withheld.add(f.link);
				grew = true;
			}
		});
	}
	const done = new Map<string, ReportTable>();
	const finish = (d: Draft): ReportTable | null => {
		if ('count' in d) return finishTable(d.count, protectedOf.get(d.count)!);
		return 'fixed' in d ? d.fixed : null;
	};
	for (const d of drafts) {
		const t = finish(d);
		if (t) done.set(t.id, t);
	}
	const out = {} as Record<K, ReportTable[]>;
	for (const key of Object.keys(sections) as K[]) {
		out[key] = sections[key].map((d) =>
			'derived' in d ? d.derived((id) => done.get(id)) : finish(d)!
		);
	}
	return out;
}
