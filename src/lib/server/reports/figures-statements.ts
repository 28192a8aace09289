import { CHANGE_CATEGORIES, SHANARRI_AREAS, STATEMENT_KINDS } from '$lib/vocabulary';
import { db } from '../db';
import { codeOf, countRowsByKey, wordOf, writeScratchTable } from './counting';
import { marginals, run, type MarginalRow, type QueryParams } from './sql';

/*
 * Each figure reads temp.report_rows (see sql.ts); `in_period` leaves out the earlier
 * wellbeing-trend rows. The largest breakdowns are counted in JavaScript (counting.ts).
 */

/** A request's outcome as counted: "still working on it", or none yet, is open. */
const DECIDED = ['agreed', 'partly_agreed', 'not_possible'] as const;
const outcomeWord = (code: number) => wordOf(code, DECIDED) ?? 'open';
const OUTCOME_CODE = codeOf('decision', DECIDED);

/**
 * Statements per group of each breakdown, and make-a-change requests per
 * group and outcome (`changes`; "still working on it" counts as open), from
 * one small cube. Rows come per outcome; a group's statements are their sum.
 */
export function countStatementsByGroup(p: QueryParams) {
	const counts = countRowsByKey(`g * 100 + (kind = 'make_a_change') * 10 + ${OUTCOME_CODE}`, 'in_period');
	const rows = [...counts].map(([key, n]) => [Math.floor(key / 100), Math.floor(key / 10) % 10, outcomeWord(key % 10), n]);
	writeScratchTable('report_counted', ['g INTEGER', 'is_change INTEGER', 'outcome TEXT', 'n INTEGER'], rows);
	return run<MarginalRow & { outcome: string; n: number; changes: number }>(
		`WITH cube AS MATERIALIZED (
			SELECT r.team_id, r.age_band, r.legal_status, r.placement_type, c.is_change, c.outcome, c.n FROM temp.report_counted c JOIN temp.report_groups r USING (g)
		)
		${marginals({ n: 'SUM(n)', changes: 'SUM(n * is_change)' }, [], ['outcome'])}`,
		p
	);
}

/**
 * The period's statements by kind, make-a-change category, outcome and
 * "did you feel listened to" rating (1–5, or none): a few hundred rows at
 * most, from which the themes, outcomes and ratings tables are summed.
 */
export function countStatementsByKind() {
	const rating = 'CASE WHEN listened_rating BETWEEN 1 AND 5 THEN listened_rating ELSE 0 END';
	const key = `${codeOf('kind', STATEMENT_KINDS)} * 10000 + ${codeOf('change_category', CHANGE_CATEGORIES)} * 100 + ${OUTCOME_CODE} * 10 + ${rating}`;
	return [...countRowsByKey(key, 'in_period')].map(([k, n]) => ({
		kind: wordOf(Math.floor(k / 10000), STATEMENT_KINDS),
		category: wordOf(Math.floor(k / 100) % 100, CHANGE_CATEGORIES),
		outcome: outcomeWord(Math.floor(k / 10) % 10),
		rating: k % 10 || null,
		n
	}));
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

// Tenths of an hour per team as one whole number: the team in the high part, the tenths
// (shifted, in case a clock put a read before the sending) in the low part.
const SPAN = 2 ** 31;
const SHIFT = 2 ** 30;
function histogram(measure: 'read' | 'reply', column: string) {
	const counts = countRowsByKey(`t * ${SPAN} + ${column} + ${SHIFT}`, `in_period AND ${column} IS NOT NULL`);
	return [...counts].map(([key, n]) => [Math.floor(key / SPAN), measure, (key % SPAN) - SHIFT, n]);
}

/**
 * Median and 90th percentile of hours to first read and to first reply,
 * overall and by team. Times are counted in tenths of an hour (as shown), then
 * a running total over them finds each percentile (nearest rank), so the
 * window functions sort a few hundred values rather than every statement.
 */
export function measureResponsiveness(p: QueryParams) {
	writeScratchTable('report_histogram', ['t INTEGER', 'measure TEXT', 'tenths INTEGER', 'n INTEGER'], [...histogram('read', 'read_tenths'), ...histogram('reply', 'reply_tenths')]);
	return run<MarginalRow & { measure: 'read' | 'reply'; n: number; median: number; p90: number }>(
		`WITH by_t AS (SELECT t, measure, tenths, n FROM temp.report_histogram),
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

/**
 * SHANARRI averages (1–5) per area for the period, and per calendar quarter
 * for the trend, from the feelings answers (one json_extract each, in sql.ts).
 * `people` (distinct young people) is what disclosure control looks at.
 * Summed here rather than in SQL, where each area's distinct count was a sort.
 */
export function averageWellbeing() {
	const rows = db().$client.prepare(`SELECT yp, in_period, quarter, scores FROM temp.report_rows WHERE kind = 'feelings'`).raw().all() as [string, number, string, string | null][];
	const buckets = new Map<string, { area: string; sum: number; count: number; people: Set<string> }[]>();
	const bucket = (name: string) => {
		let areas = buckets.get(name);
		if (!areas) buckets.set(name, (areas = SHANARRI_AREAS.map((area) => ({ area, sum: 0, count: 0, people: new Set<string>() }))));
		return areas;
	};
	bucket('period');
	for (const [yp, inPeriod, quarter, scores] of rows) {
		const values: unknown[] = scores ? JSON.parse(scores) : [];
		for (const areas of inPeriod ? [bucket('period'), bucket(quarter)] : [bucket(quarter)]) {
			areas.forEach((a, i) => {
				const v = values[i];
				// As SQL's BETWEEN 1 AND 5 on the JSON value: numbers only.
				if (typeof v !== 'number' || v < 1 || v > 5) return;
				a.sum += v;
				a.count += 1;
				a.people.add(yp);
			});
		}
	}
	return [...buckets].flatMap(([quarter, areas]) => areas.map((a) => ({ quarter, area: a.area, people: a.people.size, average: a.count ? a.sum / a.count : null })));
}
