import {
	ALLOCATED,
	DIMENSION_COLUMNS,
	marginals,
	run,
	type MarginalRow,
	type QueryParams,
	type Sqlite
} from './sql';

/** Reach: allocated young people, those with an account, and those who said anything in the period. */
export function countReach(sqlite: Sqlite, p: QueryParams) {
	return run<MarginalRow & { allocated: number; withAccount: number; active: number }>(
		sqlite,
		`WITH
		cube AS MATERIALIZED (
			SELECT ${DIMENSION_COLUMNS}, COUNT(*) AS allocated, SUM(y.user_id IS NOT NULL) AS with_account,
				SUM(EXISTS (SELECT 1 FROM statements s WHERE s.young_person_id = y.id AND s.sent_at >= @from AND s.sent_at < @to)) AS active
			FROM temp.report_people y WHERE ${ALLOCATED}
			GROUP BY ${DIMENSION_COLUMNS}
		)
		${marginals({ allocated: 'SUM(allocated)', withAccount: 'SUM(with_account)', active: 'SUM(active)' })}`,
		p
	);
}

/**
 * Meetings held in the period (not cancelled, date passed) by type, and those
 * where a before-the-meeting statement for that meeting was sent before it.
 */
export function countMeetings(sqlite: Sqlite, p: QueryParams) {
	return run<MarginalRow & { type: string; held: number; withViews: number }>(
		sqlite,
		`WITH
		cube AS MATERIALIZED (
			SELECT ${DIMENSION_COLUMNS}, m.type, m.held, m.with_views
			FROM (SELECT g, type, COUNT(*) AS held, SUM(with_views) AS with_views FROM temp.report_meetings GROUP BY g, type) m
			JOIN temp.report_groups y ON y.g = m.g
		)
		${marginals({ held: 'SUM(held)', withViews: 'SUM(with_views)' }, [], ['type'])}`,
		p
	);
}

/**
 * Worker changes in the 12 months to the end of the period, per allocated
 * young person: allocations that started then, other than a first ever one.
 * Grouped 0, 1, 2, 3 (3 or more).
 */
export function countWorkerChanges(sqlite: Sqlite, p: QueryParams) {
	return run<MarginalRow & { changes: number; people: number }>(
		sqlite,
		`WITH
		per_person AS (
			SELECT ${DIMENSION_COLUMNS}, (
				SELECT COUNT(*) FROM allocations a
				WHERE a.young_person_id = y.id AND a.started_at > @yearBefore AND a.started_at <= @until
					AND a.started_at > (SELECT MIN(b.started_at) FROM allocations b WHERE b.young_person_id = y.id)
			) AS changes
			FROM temp.report_people y WHERE ${ALLOCATED}
		),
		cube AS MATERIALIZED (
			SELECT team_id, age_band, legal_status, placement_type, MIN(changes, 3) AS changes, COUNT(*) AS n
			FROM per_person GROUP BY 1, 2, 3, 4, 5
		)
		${marginals({ people: 'SUM(n)' }, [], ['changes'])}`,
		p
	);
}
