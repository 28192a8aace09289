import type { Cell } from './disclosure';
import { flatIndex, type ProtectedTable } from './protect';
import { finishTable, protectDraft, TOTAL, type CountTableDraft, type ReportTable } from './table';

/** A table of a report on its way out: counts still to protect, figures already safe, or one worked out from other tables. */
export type Draft =
	| { count: CountTableDraft }
	| { fixed: ReportTable }
	| { derived: (find: (id: string) => ReportTable | undefined) => ReportTable };

/** Every figure of a draft with its link, as "link=value" (figures that merely share a name do not link). */
function linkedFigures(draft: CountTableDraft): { k: number; link: string }[] {
	const { spec, counts } = draft;
	if (!spec.links) return [];
	const at = flatIndex(spec.rows.length, spec.columns.length);
	const rowSum = (i: number) => (counts[i] ?? []).reduce((a, b) => a + b, 0);
	const colSum = (j: number) => counts.reduce((a, r) => a + (r[j] ?? 0), 0);
	const out: { k: number; link: string }[] = [];
	const add = (k: number, row: string, column: string, value: number) => {
		const link = spec.links!(row, column);
		if (link) out.push({ k, link: `${link}=${value}` });
	};
	spec.rows.forEach((r, i) =>
		spec.columns.forEach((c, j) => add(at.cell(i, j), r.key, c.key, counts[i]?.[j] ?? 0))
	);
	spec.columns.forEach((c, j) => add(at.columnTotal(j), TOTAL, c.key, colSum(j)));
	if (spec.rowTotals) {
		spec.rows.forEach((r, i) => add(at.rowTotal(i), r.key, TOTAL, rowSum(i)));
		add(
			at.grand,
			TOTAL,
			TOTAL,
			counts.reduce((a, _, i) => a + rowSum(i), 0)
		);
	}
	return out;
}

export function figureAt(
	t: ProtectedTable,
	rows: number,
	cols: number,
	k: number
): Cell | undefined {
	const at = flatIndex(rows, cols);
	if (k < at.rowTotal(0)) return t.cells[Math.floor(k / cols)]?.[k % cols];
	if (k < at.columnTotal(0)) return t.rowTotals[k - at.rowTotal(0)];
	if (k < at.grand) return t.columnTotals[k - at.columnTotal(0)];
	return t.grandTotal ?? undefined;
}

/**
 * Protects the count tables together: a figure that appears in several tables
 * (the "All" row of each breakdown of the same thing) is withheld in all of
 * them as soon as one has to withhold it, and the tables are protected again
 * until nothing more changes. A few rounds of cheap work on counts in memory.
 */
function protectLinked(
	counted: CountTableDraft[],
	alwaysHidden: ReadonlyMap<CountTableDraft, ReadonlySet<number>> = new Map()
): Map<CountTableDraft, ProtectedTable> {
	const figures = counted.map(linkedFigures);
	const withheld = new Set<string>();
	const protectedOf = new Map<CountTableDraft, ProtectedTable>();
	// Protection is the same for the same figures forced: a table nothing new reached is not redone.
	const forcedBefore = new Map<CountTableDraft, string>();
	for (let grew = true; grew;) {
		grew = false;
		counted.forEach((draft, i) => {
			const forced = new Set(alwaysHidden.get(draft));
			for (const f of figures[i]!) if (withheld.has(f.link)) forced.add(f.k);
			const key = [...forced].sort((a, b) => a - b).join();
			if (forcedBefore.get(draft) === key) return;
			forcedBefore.set(draft, key);
			protectedOf.set(draft, protectDraft(draft, forced));
		});
		for (const link of withheldLinks(protectedOf)) {
			if (withheld.has(link)) continue;
			withheld.add(link);
			grew = true;
		}
	}
	return protectedOf;
}

/**
 * The links withheld among protected tables: "link=value" for every figure with a link that a
 * table withholds.
 */
function withheldLinks(protectedOf: ReadonlyMap<CountTableDraft, ProtectedTable>): Set<string> {
	const withheld = new Set<string>();
	for (const [draft, t] of protectedOf) {
		const { rows, columns } = draft.spec;
		for (const f of linkedFigures(draft))
			if (figureAt(t, rows.length, columns.length, f.k)?.suppressed) withheld.add(f.link);
	}
	return withheld;
}

/**
 * Figures of today (who is allocated now, who has an account) read the same in
 * every period's report, and a lead can open two periods side by side. So they
 * are first protected on their own, from today's counts alone, and what that
 * hides is hidden in every period: a period may hide more of them, never less,
 * and a figure shown in one period is one that protection never needed.
 * A table whose totals are today's (each group's allocated young people, the
 * "All" of its worker changes) hides the totals its links tie to hidden ones.
 */
function todaysFiguresHidden(counted: CountTableDraft[]): Map<CountTableDraft, Set<number>> {
	const todays = new Map<CountTableDraft, { draft: CountTableDraft; keep: number[] }>();
	for (const draft of counted) {
		const { spec } = draft;
		if (!spec.todayColumns?.length || spec.rowTotals) continue;
		const keep = spec.columns.flatMap((c, j) => (spec.todayColumns!.includes(c.key) ? [j] : []));
		todays.set(draft, { draft: todaysPart(draft, keep), keep });
	}
	const protectedToday = protectLinked([...todays.values()].map((t) => t.draft));
	const hidden = new Map<CountTableDraft, Set<number>>();
	for (const [full, { draft, keep }] of todays) {
		const t = protectedToday.get(draft)!;
		const at = flatIndex(full.spec.rows.length, full.spec.columns.length);
		const set = new Set<number>();
		keep.forEach((j, jj) => {
			t.cells.forEach((row, i) => row[jj]?.suppressed && set.add(at.cell(i, j)));
			if (t.columnTotals[jj]?.suppressed) set.add(at.columnTotal(j));
		});
		hidden.set(full, set);
	}
	const withheld = withheldLinks(protectedToday);
	for (const draft of counted.filter((d) => d.spec.totalsOfToday)) {
		const at = flatIndex(draft.spec.rows.length, draft.spec.columns.length);
		const totals = new Set([...draft.spec.rows.map((_, i) => at.rowTotal(i)), at.grand]);
		const tied = linkedFigures(draft).filter((f) => totals.has(f.k) && withheld.has(f.link));
		hidden.set(draft, new Set(tied.map((f) => f.k)));
	}
	return hidden;
}

/** A table's columns of today alone, as today's own table. */
function todaysPart(draft: CountTableDraft, keep: number[]): CountTableDraft {
	const { spec } = draft;
	const columns = keep.map((j) => spec.columns[j]!);
	const keys = new Set(columns.map((c) => c.key));
	return {
		spec: {
			...spec,
			columns,
			todayColumns: undefined,
			rates: undefined,
			statistics: undefined,
			nested: spec.nested?.filter((n) => keys.has(n.inner) && keys.has(n.outer)),
			links: spec.links && ((row, column) => (keys.has(column) ? spec.links!(row, column) : null))
		},
		counts: draft.counts.map((r) => keep.map((j) => r[j] ?? 0))
	};
}

/** The count tables among a report's drafts. */
export const countDrafts = (sections: Record<string, Draft[]>): CountTableDraft[] =>
	Object.values(sections)
		.flat()
		.flatMap((d) => ('count' in d ? [d.count] : []));

/** Every count table protected, with `alsoHidden` withheld from the start (blocks.ts). */
export function protectCountTables(
	counted: CountTableDraft[],
	alsoHidden: (draft: CountTableDraft) => ReadonlySet<number> = () => new Set()
): Map<CountTableDraft, ProtectedTable> {
	const hidden = todaysFiguresHidden(counted);
	for (const draft of counted)
		hidden.set(draft, new Set([...(hidden.get(draft) ?? []), ...alsoHidden(draft)]));
	return protectLinked(counted, hidden);
}

/** Protects every count table of a report, each as a whole, and then together. */
export function protectTogether<K extends string>(
	sections: Record<K, Draft[]>,
	alsoHidden?: (draft: CountTableDraft) => ReadonlySet<number>
): Record<K, ReportTable[]> {
	const drafts = Object.values<Draft[]>(sections).flat();
	const protectedOf = protectCountTables(countDrafts(sections), alsoHidden);
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
