import { SHANARRI_AREAS } from '$lib/vocabulary';
import { marginals, run, type MarginalRow, type QueryParams } from './sql';

/* Each figure reads temp.report_rows (see sql.ts); `in_period` leaves out the earlier wellbeing-trend rows. */


const OUTCOME = `CASE WHEN decision IN ('agreed', 'partly_agreed', 'not_possible') THEN decision ELSE 'open' END`;

/**
 * Statements per group of each breakdown, and make-a-change requests per
 * group and outcome (`changes`; "still working on it" counts as open), from
 * one small cube. Rows come per outcome; a group's statements are their sum.
 */
export function countStatementsByGroup(p: QueryParams) {
	return run<MarginalRow & { outcome: string; n: number; changes: number }>(
		`WITH counted AS (
			SELECT g, kind = 'make_a_change' AS is_change, ${OUTCOME} AS outcome, COUNT(*) AS n
			FROM temp.report_rows WHERE in_period GROUP BY g, is_change, outcome
		),
		cube AS MATERIALIZED (SELECT r.team_id, r.age_band, r.legal_status, r.placement_type, c.is_change, c.outcome, c.n FROM counted c JOIN temp.report_groups r USING (g))
		${marginals({ n: 'SUM(n)', changes: 'SUM(n * is_change)' }, [], ['outcome'])}`,
		p
	);
}

/**
 * The period's statements by kind, make-a-change category, outcome and
 * "did you feel listened to" rating: a few hundred rows at most, from which
 * the themes, outcomes and ratings tables are summed.
 */
export function countStatementsByKind(p: QueryParams) {
	return run<{ kind: string; category: string | null; outcome: string; rating: number | null; n: number }>(
		`SELECT kind, change_category AS category, ${OUTCOME} AS outcome, listened_rating AS rating, COUNT(*) AS n
		FROM temp.report_rows WHERE in_period GROUP BY kind, change_category, outcome, listened_rating`,
		p
	);
}

/** Median days from a request to its outcome, for requests in the period that have one. */
export function medianDaysToOutcome(p: QueryParams) {
	return (
		run<{ n: number; median: number | null }>(
			`WITH d AS (SELECT outcome_days AS days FROM temp.report_rows WHERE in_period AND kind = 'make_a_change' AND decision IN ('agreed', 'partly_agreed', 'not_possible')),
			r AS (SELECT days, ROW_NUMBER() OVER (ORDER BY days) AS rn, COUNT(*) OVER () AS n FROM d)
			SELECT (SELECT COUNT(*) FROM d) AS n, (SELECT days FROM r WHERE rn = (n + 1) / 2) AS median`,
			p
		)[0] ?? { n: 0, median: null }
	);
}

/**
 * Median and 90th percentile of hours to first read and to first reply,
 * overall and by team. Times are counted in tenths of an hour (as shown), then
 * a running total over them finds each percentile (nearest rank), so the
 * window functions sort a few hundred values rather than every statement.
 */
export function measureResponsiveness(p: QueryParams) {
	return run<MarginalRow & { measure: 'read' | 'reply'; n: number; median: number; p90: number }>(
		`WITH by_t AS (
			SELECT t, 'read' AS measure, read_tenths AS tenths, COUNT(*) AS n FROM temp.report_rows WHERE in_period AND read_tenths IS NOT NULL GROUP BY t, read_tenths
			UNION ALL
			SELECT t, 'reply', reply_tenths, COUNT(*) FROM temp.report_rows WHERE in_period AND reply_tenths IS NOT NULL GROUP BY t, reply_tenths
		),
		h AS MATERIALIZED (SELECT teams.team_id, b.measure, b.tenths, b.n FROM by_t b JOIN (SELECT DISTINCT t, team_id FROM temp.report_groups) teams USING (t)),
		g AS (
			SELECT 'all' AS dim, '' AS key, measure, tenths, SUM(n) AS n FROM h GROUP BY measure, tenths
			UNION ALL SELECT 'team', team_id, measure, tenths, SUM(n) FROM h GROUP BY team_id, measure, tenths
		),
		c AS (
			SELECT dim, key, measure, tenths,
				SUM(n) OVER (PARTITION BY dim, key, measure ORDER BY tenths) AS cum, SUM(n) OVER (PARTITION BY dim, key, measure) AS total
			FROM g
		)
		SELECT dim, key, measure, MAX(total) AS n,
			MIN(CASE WHEN cum * 2 >= total THEN tenths END) / 10.0 AS median, MIN(CASE WHEN cum * 10 >= total * 9 THEN tenths END) / 10.0 AS p90
		FROM c GROUP BY dim, key, measure`,
		p
	);
}

/** Urgent statements in the period: how many, median minutes to first read (exact), how many escalated. */
export function measureUrgent(p: QueryParams) {
	return (
		run<{ urgent: number; escalated: number; readN: number; median: number | null }>(
			`WITH d AS (SELECT read_minutes AS minutes, escalated FROM temp.report_rows WHERE in_period AND urgent = 1),
			r AS (SELECT minutes, ROW_NUMBER() OVER (ORDER BY minutes) AS rn, COUNT(*) OVER () AS n FROM d WHERE minutes IS NOT NULL)
			SELECT (SELECT COUNT(*) FROM d) AS urgent, (SELECT COALESCE(SUM(escalated), 0) FROM d) AS escalated,
				(SELECT COUNT(*) FROM r) AS readN, (SELECT minutes FROM r WHERE rn = (n + 1) / 2) AS median`,
			p
		)[0] ?? { urgent: 0, escalated: 0, readN: 0, median: null }
	);
}

const FROM_ARRAY = SHANARRI_AREAS.map((a, i) => `json_extract(scores, '$[${i}]') AS ${a}`).join(', ');
const valid = (a: string) => `CASE WHEN ${a} BETWEEN 1 AND 5 THEN ${a} END`;
const PER_AREA = SHANARRI_AREAS.map((a) => `COUNT(DISTINCT CASE WHEN ${a} BETWEEN 1 AND 5 THEN yp END) AS ${a}_people, AVG(${valid(a)}) AS ${a}_average`).join(', ');

/**
 * SHANARRI averages (1–5) per area for the period, and per calendar quarter
 * for the trend, from the feelings answers (json_extract, in sql.ts).
 * `people` (distinct young people) is what disclosure control looks at.
 */
export function averageWellbeing(p: QueryParams) {
	const wide = run<Record<string, number | string | null>>(
		`WITH f AS MATERIALIZED (SELECT yp, in_period, quarter, ${FROM_ARRAY} FROM temp.report_rows WHERE kind = 'feelings')
		SELECT 'period' AS quarter, ${PER_AREA} FROM f WHERE in_period
		UNION ALL
		SELECT quarter, ${PER_AREA} FROM f GROUP BY quarter`,
		p
	);
	// One row per quarter and area, from the one row per quarter SQL gave.
	return wide.flatMap((r) =>
		SHANARRI_AREAS.map((area) => ({ quarter: String(r.quarter), area, people: Number(r[`${area}_people`] ?? 0), average: r[`${area}_average`] as number | null }))
	);
}
