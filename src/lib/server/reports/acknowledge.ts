import { m } from '$lib/paraglide/messages.js';
import { protectDraft, finishTable, countTable, TOTAL, type ReportTable } from './table';
import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';
import { epochMs, type QueryParams } from './sql';

/*
 * Time to acknowledge urgent statements: from sending to someone saying "I'm dealing with
 * this", in working hours and out of hours. Counts of acknowledged statements, protected as one
 * table (a withheld group cannot be read back from "All"); the median and 90th percentile
 * beside a count only where that count is shown, and only on enough statements.
 */

export interface Acknowledged {
	outOfHours: boolean;
	minutes: number;
}

const GROUPS = ['in_hours', 'out_of_hours'] as const;

/** Nearest rank, as the report's other percentiles: the first value the running count reaches the share at. */
export function nearestRank(values: number[], share: number): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.max(Math.ceil(sorted.length * share) - 1, 0)]!;
}

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export function draftAcknowledgeTable(rows: Acknowledged[], threshold: number) {
	const of = (group: string) =>
		rows
			.filter((r) => group === TOTAL || (group === 'out_of_hours') === r.outOfHours)
			.map((r) => r.minutes);
	return countTable({
		id: 'acknowledge',
		section: 'responsiveness',
		caption: m.report_acknowledge_caption(),
		definition: m.report_acknowledge_definition(),
		rowHeader: m.report_acknowledge_when(),
		rows: GROUPS.map((g) => ({
			key: g,
			label:
				g === 'in_hours' ? m.report_acknowledge_in_hours() : m.report_acknowledge_out_of_hours()
		})),
		columns: [{ key: 'acknowledged', label: m.report_col_acknowledged() }],
		value: (group) => of(group).length,
		statistics: [
			{
				column: 'acknowledged',
				label: m.report_col_median_acknowledge(),
				unit: 'minutes',
				value: (group) => round1(nearestRank(of(group), 0.5))
			},
			{
				column: 'acknowledged',
				label: m.report_col_p90_acknowledge(),
				unit: 'minutes',
				value: (group) => round1(nearestRank(of(group), 0.9))
			}
		],
		rowTotals: false,
		totalLabel: m.report_all(),
		threshold
	});
}

/** The table on its own (the manager's view), through the same protection as a report's tables. */
export function acknowledgeTable(rows: Acknowledged[], threshold: number): ReportTable {
	const draft = draftAcknowledgeTable(rows, threshold);
	return finishTable(draft, protectDraft(draft, new Set()));
}

/** The report's urgent statements sent in the period and acknowledged, of the report's young people. */
const ACKNOWLEDGED = onPostgres
	? `SELECT CAST(s.out_of_hours AS INTEGER) AS ooh,
			CAST(${epochMs('s.acknowledged_at')} - ${epochMs('s.sent_at')} AS DOUBLE PRECISION) / 60000 AS minutes
		FROM statements s JOIN temp.report_people y ON y.id = s.young_person_id
		WHERE s.urgent = true AND s.sent_at >= @from AND s.sent_at < @to
			AND s.acknowledged_at IS NOT NULL AND s.out_of_hours IS NOT NULL`
	: `SELECT s.out_of_hours AS ooh, (s.acknowledged_at - s.sent_at) / 60000.0 AS minutes
		FROM statements s JOIN temp.report_people y ON y.id = s.young_person_id
		WHERE urgent = 1 AND s.sent_at >= @from AND s.sent_at < @to
			AND s.acknowledged_at IS NOT NULL AND s.out_of_hours IS NOT NULL`;

export async function readAcknowledged(
	session: ReportSession,
	p: QueryParams
): Promise<Acknowledged[]> {
	const rows = await session.all<{ ooh: number; minutes: number }>(ACKNOWLEDGED, p);
	return rows.map((r) => ({ outOfHours: r.ooh === 1, minutes: r.minutes }));
}
