import type { ReportSession } from './session';
import { ALLOCATED, DIMENSION_COLUMNS, marginals, type MarginalRow, type QueryParams } from './sql';

/** Reach: allocated young people, those with an account, and those who said anything in the period. */
export async function countReach(session: ReportSession, p: QueryParams) {
	return await session.all<
		MarginalRow & { allocated: number; withAccount: number; active: number }
	>(
		`WITH
		cube AS MATERIALIZED (
			SELECT ${DIMENSION_COLUMNS}, COUNT(*) AS allocated, COUNT(y.user_id) AS with_account,
				SUM(CASE WHEN EXISTS (SELECT 1 FROM statements s WHERE s.young_person_id = y.id AND s.sent_at >= @from AND s.sent_at < @to) THEN 1 ELSE 0 END) AS active
			FROM temp.report_people y WHERE ${ALLOCATED}
			GROUP BY ${DIMENSION_COLUMNS}
		)
		${marginals({ allocated: 'SUM(allocated)', withAccount: 'SUM(with_account)', active: 'SUM(active)' })}`,
		p
	);
}

/**
 * Worker changes in the 12 months to the end of the period, per allocated
 * young person: allocations that started then, other than a first ever one.
 * Grouped 0, 1, 2, 3 (3 or more). Counted in one pass over the allocations, joined to the
 * people once: two lookups for each person took PostgreSQL half a second on the 1M authority.
 */
export async function countWorkerChanges(session: ReportSession, p: QueryParams) {
	return await session.all<MarginalRow & { changes: number; people: number }>(
		`WITH
		changed AS (
			SELECT a.young_person_id, COUNT(*) AS changes
			FROM allocations a
				JOIN (SELECT young_person_id, MIN(started_at) AS first FROM allocations GROUP BY young_person_id) f
					ON f.young_person_id = a.young_person_id
			WHERE a.started_at > @yearBefore AND a.started_at <= @until AND a.started_at > f.first
			GROUP BY a.young_person_id
		),
		per_person AS (
			SELECT ${DIMENSION_COLUMNS}, COALESCE(c.changes, 0) AS changes
			FROM temp.report_people y LEFT JOIN changed c ON c.young_person_id = y.id
			WHERE ${ALLOCATED}
		),
		cube AS MATERIALIZED (
			SELECT team_id, age_band, legal_status, placement_type, CASE WHEN changes > 3 THEN 3 ELSE changes END AS changes, COUNT(*) AS n
			FROM per_person GROUP BY 1, 2, 3, 4, 5
		)
		${marginals({ people: 'SUM(n)' }, ['changes'])}`,
		p
	);
}
