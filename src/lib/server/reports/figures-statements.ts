import { SHANARRI_AREAS } from '$lib/vocabulary';
import { DIMENSION_COLUMNS, marginals, run, SCOPED, type MarginalRow, type QueryParams } from './sql';

const IN_PERIOD = 's.sent_at >= @from AND s.sent_at < @to';

/**
 * One pass over the period's statements, grouped finely enough to give
 * statements per group, by kind, by make-a-change category and the
 * "did you feel listened to" ratings.
 */
export function countStatements(p: QueryParams) {
	return run<MarginalRow & { n: number }>(
		`WITH ${SCOPED},
		cube AS MATERIALIZED (
			SELECT ${DIMENSION_COLUMNS}, s.kind, s.change_category, s.listened_rating, COUNT(*) AS n
			FROM statements s JOIN scoped y ON y.id = s.young_person_id
			WHERE ${IN_PERIOD}
			GROUP BY ${DIMENSION_COLUMNS}, s.kind, s.change_category, s.listened_rating
		)
		${marginals({ n: 'SUM(n)' }, ['kind', 'change_category', 'listened_rating'])}`,
		p
	);
}

/** Make-a-change requests sent in the period by category and outcome ("still working on it" counts as open). */
export function countChangeOutcomes(p: QueryParams) {
	return run<MarginalRow & { outcome: string; n: number }>(
		`WITH ${SCOPED},
		cube AS MATERIALIZED (
			SELECT ${DIMENSION_COLUMNS}, s.change_category,
				CASE WHEN o.decision IN ('agreed', 'partly_agreed', 'not_possible') THEN o.decision ELSE 'open' END AS outcome, COUNT(*) AS n
			FROM statements s JOIN scoped y ON y.id = s.young_person_id LEFT JOIN outcomes o ON o.statement_id = s.id
			WHERE s.kind = 'make_a_change' AND ${IN_PERIOD}
			GROUP BY ${DIMENSION_COLUMNS}, s.change_category, outcome
		)
		${marginals({ n: 'SUM(n)' }, ['change_category'], ['outcome'])}`,
		p
	);
}

/** Median days from a request to its outcome, for requests in the period that have one. */
export function medianDaysToOutcome(p: QueryParams) {
	return run<{ n: number; median: number | null }>(
		`WITH ${SCOPED},
		d AS (
			SELECT (o.recorded_at - s.sent_at) / 86400000.0 AS days
			FROM statements s JOIN scoped y ON y.id = s.young_person_id JOIN outcomes o ON o.statement_id = s.id
			WHERE s.kind = 'make_a_change' AND ${IN_PERIOD} AND o.decision <> 'still_working'
		),
		r AS (SELECT days, ROW_NUMBER() OVER (ORDER BY days) AS rn, COUNT(*) OVER () AS n FROM d)
		SELECT (SELECT COUNT(*) FROM d) AS n, (SELECT days FROM r WHERE rn = (n + 1) / 2) AS median`,
		p
	)[0] ?? { n: 0, median: null };
}

/**
 * Median and 90th percentile of minutes to first read and to first reply,
 * overall and by team. Times are counted to the minute, then a running total
 * over the minutes finds each percentile (nearest rank): one pass over the
 * period's statements instead of sorting them all.
 */
export function measureResponsiveness(p: QueryParams) {
	return run<MarginalRow & { measure: 'read' | 'reply'; n: number; median: number; p90: number }>(
		`WITH ${SCOPED},
		timed AS (
			SELECT y.team_id, m.measure,
				(CASE m.measure WHEN 'read' THEN s.first_read_at ELSE s.first_replied_at END - s.sent_at) / 60000 AS minutes
			FROM statements s JOIN scoped y ON y.id = s.young_person_id CROSS JOIN (SELECT 'read' AS measure UNION ALL SELECT 'reply') m
			WHERE ${IN_PERIOD}
		),
		h AS MATERIALIZED (SELECT team_id, measure, minutes, COUNT(*) AS n FROM timed WHERE minutes IS NOT NULL GROUP BY 1, 2, 3),
		g AS (
			SELECT 'all' AS dim, '' AS key, measure, minutes, SUM(n) AS n FROM h GROUP BY measure, minutes
			UNION ALL SELECT 'team', team_id, measure, minutes, SUM(n) FROM h GROUP BY team_id, measure, minutes
		),
		c AS (
			SELECT dim, key, measure, minutes,
				SUM(n) OVER (PARTITION BY dim, key, measure ORDER BY minutes) AS cum, SUM(n) OVER (PARTITION BY dim, key, measure) AS total
			FROM g
		)
		SELECT dim, key, measure, MAX(total) AS n,
			MIN(CASE WHEN cum * 2 >= total THEN minutes END) AS median, MIN(CASE WHEN cum * 10 >= total * 9 THEN minutes END) AS p90
		FROM c GROUP BY dim, key, measure`,
		p
	);
}

/** Urgent statements in the period: how many, median minutes to first read, how many escalated. */
export function measureUrgent(p: QueryParams) {
	return run<{ urgent: number; escalated: number; readN: number; median: number | null }>(
		`WITH ${SCOPED},
		d AS (
			SELECT (s.first_read_at - s.sent_at) / 60000.0 AS minutes, s.escalated_at IS NOT NULL AS escalated
			FROM statements s JOIN scoped y ON y.id = s.young_person_id WHERE s.urgent = 1 AND ${IN_PERIOD}
		),
		r AS (SELECT minutes, ROW_NUMBER() OVER (ORDER BY minutes) AS rn, COUNT(*) OVER () AS n FROM d WHERE minutes IS NOT NULL)
		SELECT (SELECT COUNT(*) FROM d) AS urgent, (SELECT COALESCE(SUM(escalated), 0) FROM d) AS escalated,
			(SELECT COUNT(*) FROM r) AS readN, (SELECT minutes FROM r WHERE rn = (n + 1) / 2) AS median`,
		p
	)[0] ?? { urgent: 0, escalated: 0, readN: 0, median: null };
}

const AREAS = SHANARRI_AREAS.map((a) => `SELECT '${a}' AS area`).join(' UNION ALL ');

/**
 * SHANARRI averages (1–5) per area for the period, and per calendar quarter
 * for the trend, read from the feelings answers with json_extract. `people`
 * (distinct young people) is what disclosure control looks at.
 */
export function averageWellbeing(p: QueryParams) {
	return run<{ quarter: string; area: string; people: number; average: number }>(
		`WITH ${SCOPED},
		f AS MATERIALIZED (
			SELECT s.young_person_id AS yp, s.sent_at >= @from AS in_period,
				strftime('%Y', s.sent_at / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', s.sent_at / 1000, 'unixepoch') AS INTEGER) + 2) / 3) AS quarter,
				a.area, CAST(json_extract(s.answers, '$.' || a.area) AS REAL) AS v
			FROM statements s JOIN scoped y ON y.id = s.young_person_id CROSS JOIN (${AREAS}) a
			WHERE s.kind = 'feelings' AND s.sent_at >= @trendFrom AND s.sent_at < @to
		)
		SELECT 'period' AS quarter, area, COUNT(DISTINCT yp) AS people, AVG(v) AS average FROM f WHERE in_period AND v BETWEEN 1 AND 5 GROUP BY area
		UNION ALL
		SELECT quarter, area, COUNT(DISTINCT yp), AVG(v) FROM f WHERE v BETWEEN 1 AND 5 GROUP BY quarter, area`,
		p
	);
}
