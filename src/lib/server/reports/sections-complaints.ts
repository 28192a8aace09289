import { m } from '$lib/paraglide/messages.js';
import type { Draft } from './linked';
import type { ReportSession } from './session';
import type { QueryParams } from './sql';
import { countTable } from './table';

/** "I'm not happy": complaints and requests for an advocate made in the period, by team. */
export async function complaintTables(
	session: ReportSession,
	p: QueryParams,
	teams: { id: string; name: string }[],
	threshold: number
): Promise<Draft[]> {
	const rows = await session.all<{ teamId: string; kind: string; n: number }>(
		`SELECT y.team_id AS "teamId", c.kind, COUNT(*) AS n
		FROM complaints c JOIN temp.report_people y ON y.id = c.young_person_id
		WHERE c.created_at >= @from AND c.created_at < @to
		GROUP BY y.team_id, c.kind`,
		p
	);
	const value = (teamId: string, kind: string) =>
		rows.find((r) => r.teamId === teamId && r.kind === kind)?.n ?? 0;
	return [
		{
			count: countTable({
				id: 'complaints_by_team',
				section: 'themes',
				caption: m.report_complaints_caption(),
				definition: m.report_complaints_definition(),
				rowHeader: m.report_group_team(),
				rows: teams.map((t) => ({ key: t.id, label: t.name })),
				columns: [
					{ key: 'complaint', label: m.report_col_complaints() },
					{ key: 'advocate', label: m.report_col_advocates() }
				],
				value,
				rowTotals: true,
				totalLabel: m.report_all(),
				threshold
			})
		}
	];
}
