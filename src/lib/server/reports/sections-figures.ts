import { m } from '$lib/paraglide/messages.js';
import type { Template } from '$lib/templates';
import { wellbeingAnswers } from './answers';
import { countCell, statisticCell, withheld, type Cell } from './disclosure';
import { measureResponsiveness } from './figures-statements';
import { averageWellbeing } from './figures-wellbeing';
import { areas, groupHeader } from './labels';
import type { Draft } from './linked';
import { measureUrgent } from './medians';
import { holdsSmallGroupWhole } from './protect-zeros';
import type { ReportSession } from './session';
import { countTable, TOTAL, type ReportTable, type Unit } from './table';

type Teams = { id: string; name: string }[];
export const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * A one-row table of statistics (medians, averages) that have already been through disclosure
 * control, with any counts beside them. A 0 among counts that are otherwise withheld is withheld
 * too, as in every other table (protect-zeros.ts): "fewer than 5 urgent, 0 escalated" says what
 * happened to each of them.
 */
export function statisticTable(
	id: string,
	section: ReportTable['section'],
	caption: string,
	definition: string,
	columns: { label: string; unit: Unit; cell: Cell }[],
	rowLabel = m.report_all(),
	// Its one row is every team chosen together ("All"), the total row of the tables by team.
	rowHeader = groupHeader('team')
): ReportTable {
	const counts = columns.filter((c) => c.unit === 'count').map((c) => c.cell);
	const whole = holdsSmallGroupWhole(counts, null);
	const cols = columns.map((c) =>
		whole && c.unit === 'count' && !c.cell.suppressed ? { ...c, cell: withheld('small') } : c
	);
	return {
		id,
		section,
		caption,
		definition,
		rowHeader,
		columns: cols.map(({ label, unit }) => ({ label, unit })),
		rows: [{ key: 'all', label: rowLabel, cells: cols.map((c) => c.cell) }]
	};
}

/**
 * Statements read and replied to by team, with the "All" row, protected as
 * one table like any other; the median and 90th percentile beside a count
 * are shown only where that count is.
 */
export async function responsivenessTables(
	session: ReportSession,
	teams: Teams,
	threshold: number
): Promise<Draft[]> {
	const rows = await measureResponsiveness(session);
	const find = (key: string, measure: 'read' | 'reply') =>
		rows.find(
			(x) =>
				(key === TOTAL ? x.dim === 'all' : x.dim === 'team' && x.key === key) &&
				x.measure === measure
		);
	const urgent = await measureUrgent(session);
	return [
		{
			count: countTable({
				id: 'responsiveness',
				section: 'responsiveness',
				caption: m.report_responsiveness_caption(),
				definition: m.report_responsiveness_definition(),
				rowHeader: groupHeader('team'),
				rows: teams.map((t) => ({ key: t.id, label: t.name })),
				rowsAreGroups: true,
				columns: [
					{ key: 'read', label: m.report_col_read() },
					{ key: 'reply', label: m.report_col_replied() }
				],
				value: (team, measure) => find(team, measure as 'read' | 'reply')?.n ?? 0,
				statistics: [
					{
						column: 'read',
						label: m.report_col_median_read(),
						unit: 'hours',
						value: (team) => find(team, 'read')?.median ?? null
					},
					{
						column: 'read',
						label: m.report_col_p90_read(),
						unit: 'hours',
						value: (team) => find(team, 'read')?.p90 ?? null
					},
					{
						column: 'reply',
						label: m.report_col_median_reply(),
						unit: 'hours',
						value: (team) => find(team, 'reply')?.median ?? null
					},
					{
						column: 'reply',
						label: m.report_col_p90_reply(),
						unit: 'hours',
						value: (team) => find(team, 'reply')?.p90 ?? null
					}
				],
				// A statement is read before it is replied to.
				nested: [{ inner: 'reply', outer: 'read' }],
				rowTotals: false,
				totalLabel: m.report_all(),
				threshold
			})
		},
		{
			fixed: statisticTable(
				'urgent',
				'responsiveness',
				m.report_urgent_caption(),
				m.report_urgent_definition(),
				[
					{
						label: m.report_col_urgent(),
						unit: 'count',
						cell: countCell(urgent.urgent, threshold)
					},
					{
						label: m.report_col_median_urgent_read(),
						unit: 'minutes',
						cell: statisticCell(round1(urgent.median), urgent.readN, threshold)
					},
					{
						label: m.report_col_escalated(),
						unit: 'count',
						cell: countCell(urgent.escalated, threshold)
					}
				]
			)
		}
	];
}
export async function wellbeingTables(
	session: ReportSession,
	threshold: number,
	templates: readonly Template[]
): Promise<Draft[]> {
	const rows = await averageWellbeing(session, wellbeingAnswers(templates).lists);
	const quarters = [...new Set(rows.map((r) => r.quarter).filter((q) => q !== 'period'))].sort();
	const avg = (quarter: string, area: string) => {
		const r = rows.find((x) => x.quarter === quarter && x.area === area);
		return statisticCell(round1(r?.average ?? null), r?.people ?? 0, threshold);
	};
	const people = (area: string) =>
		rows.find((x) => x.quarter === 'period' && x.area === area)?.people ?? 0;
	const tables: ReportTable[] = [
		{
			id: 'wellbeing',
			section: 'wellbeing',
			caption: m.report_wellbeing_caption(),
			definition: m.report_wellbeing_definition(),
			rowHeader: m.report_area(),
			columns: [
				{ label: m.report_col_young_people(), unit: 'count' },
				{ label: m.report_col_average(), unit: 'score' }
			],
			rows: areas().map((a) => ({
				key: a.key,
				label: a.label,
				cells: [countCell(people(a.key), threshold), avg('period', a.key)]
			}))
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
	return tables.map((fixed) => ({ fixed }));
}
