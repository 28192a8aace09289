import { m } from '$lib/paraglide/messages.js';
import { DIMENSIONS } from '$lib/reports/filters';
import { countCell, statisticCell, type Cell } from './disclosure';
import { countStatementsByGroup, countStatementsByKind, measureResponsiveness, measureUrgent, medianDaysToOutcome } from './figures-statements';
import { averageWellbeing } from './figures-wellbeing';
import { areas, categories, dimensionLabel, groupsOf, kinds, outcomes } from './labels';
import type { QueryParams } from './sql';
import { countTable, type ReportTable, type Unit } from './table';

type Teams = { id: string; name: string }[];
const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/** The period's statement counts, fetched once and shared by the make-a-change and themes sections. */
export function countAllStatements(p: QueryParams) {
	return { byGroup: countStatementsByGroup(p), byKind: countStatementsByKind() };
}
type Counted = ReturnType<typeof countAllStatements>;
type KindRow = Counted['byKind'][number];
const total = <T>(rows: T[], keep: (r: T) => boolean, n: (r: T) => number) => rows.filter(keep).reduce((a, r) => a + n(r), 0);

export function changeTables(p: QueryParams, teams: Teams, threshold: number, counted: Counted): ReportTable[] {
	const byCategory = (category: string, outcome: string) =>
		total(counted.byKind, (r) => r.kind === 'make_a_change' && r.category === category && r.outcome === outcome, (r) => r.n);
	const byGroup = (dim: string, key: string, outcome: string) => total(counted.byGroup, (r) => r.dim === dim && r.key === key && r.outcome === outcome, (r) => r.changes);
	const common = { section: 'changes' as const, definition: m.report_changes_definition(), columns: outcomes(), rowTotals: true, totalLabel: m.report_all(), threshold };
	const median = medianDaysToOutcome(p);
	const ratings = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: m.report_rating({ n }) }));
	return [
		countTable({ ...common, id: 'requests_by_category', caption: m.report_changes_caption(), rowHeader: m.report_category(), rows: categories(), value: byCategory }),
		...DIMENSIONS.map((d) =>
			countTable({ ...common, id: `requests_by_${d}`, caption: m.report_changes_by_caption({ by: dimensionLabel(d) }), rowHeader: dimensionLabel(d), rows: groupsOf(d, teams), value: (k, o) => byGroup(d, k, o) })
		),
		statisticTable('days_to_outcome', 'changes', m.report_days_caption(), m.report_days_definition(), [
			{ label: m.report_col_with_outcome(), unit: 'count', cell: countCell(median.n, threshold) },
			{ label: m.report_col_median_days(), unit: 'days', cell: statisticCell(round1(median.median), median.n, threshold) }
		]),
		countTable({
			...common,
			id: 'listened_ratings',
			caption: m.report_listened_caption(),
			definition: m.report_listened_definition(),
			rowHeader: m.report_col_rating(),
			rows: ratings,
			columns: [{ key: 'n', label: m.report_col_answers() }],
			value: (k) => total(counted.byKind, (r: KindRow) => String(r.rating) === k, (r) => r.n),
			rowTotals: false
		})
	];
}

/** A one-row table of statistics (medians, averages) that have already been through disclosure control. */
function statisticTable(id: string, section: ReportTable['section'], caption: string, definition: string, cols: { label: string; unit: Unit; cell: Cell }[], rowLabel = m.report_all()): ReportTable {
	return { id, section, caption, definition, rowHeader: '', columns: cols.map(({ label, unit }) => ({ label, unit })), rows: [{ key: 'all', label: rowLabel, cells: cols.map((c) => c.cell) }] };
}

export function responsivenessTables(p: QueryParams, teams: Teams, threshold: number): ReportTable[] {
	const rows = measureResponsiveness(p);
	const line = (dim: string, key: string): Cell[] =>
		(['read', 'reply'] as const).flatMap((measure) => {
			const r = rows.find((x) => x.dim === dim && x.key === key && x.measure === measure);
			const n = r?.n ?? 0;
			return [countCell(n, threshold), statisticCell(r?.median ?? null, n, threshold), statisticCell(r?.p90 ?? null, n, threshold)];
		});
	const urgent = measureUrgent(p);
	return [
		{
			id: 'responsiveness',
			section: 'responsiveness',
			caption: m.report_responsiveness_caption(),
			definition: m.report_responsiveness_definition(),
			rowHeader: dimensionLabel('team'),
			columns: [
				{ label: m.report_col_read(), unit: 'count' },
				{ label: m.report_col_median_read(), unit: 'hours' },
				{ label: m.report_col_p90_read(), unit: 'hours' },
				{ label: m.report_col_replied(), unit: 'count' },
				{ label: m.report_col_median_reply(), unit: 'hours' },
				{ label: m.report_col_p90_reply(), unit: 'hours' }
			],
			rows: [
				...teams.map((t) => ({ key: t.id, label: t.name, cells: line('team', t.id) })),
				{ key: 'all', label: m.report_all(), total: true, cells: line('all', '') }
			]
		},
		statisticTable('urgent', 'responsiveness', m.report_urgent_caption(), m.report_urgent_definition(), [
			{ label: m.report_col_urgent(), unit: 'count', cell: countCell(urgent.urgent, threshold) },
			{ label: m.report_col_median_urgent_read(), unit: 'minutes', cell: statisticCell(round1(urgent.median), urgent.readN, threshold) },
			{ label: m.report_col_escalated(), unit: 'count', cell: countCell(urgent.escalated, threshold) }
		])
	];
}

export function wellbeingTables(p: QueryParams, threshold: number): ReportTable[] {
	const rows = averageWellbeing();
	const quarters = [...new Set(rows.map((r) => r.quarter).filter((q) => q !== 'period'))].sort();
	const avg = (quarter: string, area: string) => {
		const r = rows.find((x) => x.quarter === quarter && x.area === area);
		return statisticCell(round1(r?.average ?? null), r?.people ?? 0, threshold);
	};
	const people = (area: string) => rows.find((x) => x.quarter === 'period' && x.area === area)?.people ?? 0;
	return [
		{
			id: 'wellbeing',
			section: 'wellbeing',
			caption: m.report_wellbeing_caption(),
			definition: m.report_wellbeing_definition(),
			rowHeader: m.report_area(),
			columns: [{ label: m.report_col_young_people(), unit: 'count' }, { label: m.report_col_average(), unit: 'score' }],
			rows: areas().map((a) => ({ key: a.key, label: a.label, cells: [countCell(people(a.key), threshold), avg('period', a.key)] }))
		},
		{
			id: 'wellbeing_trend',
			section: 'wellbeing',
			caption: m.report_trend_caption(),
			definition: m.report_trend_definition(),
			rowHeader: m.report_quarter(),
			columns: areas().map((a) => ({ label: a.label, unit: 'score' as Unit })),
			rows: quarters.map((q) => ({ key: q, label: q, cells: areas().map((a) => avg(q, a.key)) }))
		}
	];
}

export function themeTables(teams: Teams, threshold: number, counted: Counted): ReportTable[] {
	const kinds_ = (key: string) => total(counted.byKind, (r) => r.kind === key, (r) => r.n);
	const categories_ = (key: string) => total(counted.byKind, (r) => r.kind === 'make_a_change' && r.category === key, (r) => r.n);
	const value = (dim: string) => (key: string) => total(counted.byGroup, (r) => r.dim === dim && r.key === key, (r) => r.n);
	const common = { section: 'themes' as const, columns: [{ key: 'n', label: m.report_col_statements() }], rowTotals: false, totalLabel: m.report_all(), threshold };
	return [
		countTable({ ...common, id: 'statements_by_kind', caption: m.report_kinds_caption(), definition: m.report_kinds_definition(), rowHeader: m.report_kind(), rows: kinds(), value: kinds_ }),
		countTable({ ...common, id: 'themes_by_category', caption: m.report_categories_caption(), definition: m.report_categories_definition(), rowHeader: m.report_category(), rows: categories(), value: categories_ }),
		...DIMENSIONS.map((d) =>
			countTable({ ...common, id: `statements_by_${d}`, caption: m.report_statements_by_caption({ by: dimensionLabel(d) }), definition: m.report_kinds_definition(), rowHeader: dimensionLabel(d), rows: groupsOf(d, teams), value: value(d) })
		)
	];
}
