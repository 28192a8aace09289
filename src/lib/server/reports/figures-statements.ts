import { CHANGE_CATEGORIES, STATEMENT_KINDS } from '$lib/vocabulary';
import { codeOf, countRowsByKey, wordOf, writeScratchTable } from './counting';
import { marginals, run, type MarginalRow, type QueryParams, type Sqlite } from './sql';

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
export function countStatementsByGroup(sqlite: Sqlite, p: QueryParams) {
	const counts = countRowsByKey(
		sqlite,
		`g * 100 + (kind = 'make_a_change') * 10 + ${OUTCOME_CODE}`,
		'in_period'
	);
	const rows = [...counts].map(([key, n]) => [
		Math.floor(key / 100),
		Math.floor(key / 10) % 10,
		outcomeWord(key % 10),
		n
	]);
	writeScratchTable(
		sqlite,
		'report_counted',
		['g INTEGER', 'is_change INTEGER', 'outcome TEXT', 'n INTEGER'],
		rows
	);
	return run<MarginalRow & { outcome: string; n: number; changes: number }>(
		sqlite,
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
export function countStatementsByKind(sqlite: Sqlite) {
	const rating = 'CASE WHEN listened_rating BETWEEN 1 AND 5 THEN listened_rating ELSE 0 END';
	const key = `${codeOf('kind', STATEMENT_KINDS)} * 10000 + ${codeOf('change_category', CHANGE_CATEGORIES)} * 100 + ${OUTCOME_CODE} * 10 + ${rating}`;
	return [...countRowsByKey(sqlite, key, 'in_period')].map(([k, n]) => ({
		kind: wordOf(Math.floor(k / 10000), STATEMENT_KINDS),
		category: wordOf(Math.floor(k / 100) % 100, CHANGE_CATEGORIES),
		outcome: outcomeWord(Math.floor(k / 10) % 10),
		rating: k % 10 || null,
		n
	}));
}

/** Median days from a request to its outcome, for requests in the period that have one. */
export function medianDaysToOutcome(sqlite: Sqlite, p: QueryParams) {
	return (
		run<{ n: number; median: number | null }>(
			sqlite,
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

/**
 * Median and 90th percentile of hours to first read and to first reply,
 * overall and by team: the statements are counted per team and tenth of an
 * hour (the precision shown), then each percentile is the first tenth at
 * which the running total reaches its share (nearest rank).
 */
export function measureResponsiveness(sqlite: Sqlite, p: QueryParams) {
	const teamOf = new Map(
		run<{ t: number; teamId: string }>(
			sqlite,
			'SELECT DISTINCT t, team_id AS teamId FROM temp.report_groups',
			p
		).map((r) => [r.t, r.teamId])
	);
	return (['read', 'reply'] as const).flatMap((measure) => {
		const column = measure === 'read' ? 'read_tenths' : 'reply_tenths';
		const groups = new Map<string, Map<number, number>>();
		const add = (group: string, tenths: number, n: number) => {
			const counts = groups.get(group) ?? groups.set(group, new Map()).get(group)!;
			counts.set(tenths, (counts.get(tenths) ?? 0) + n);
		};
		for (const [key, n] of countRowsByKey(
			sqlite,
			`t * ${SPAN} + ${column} + ${SHIFT}`,
			`in_period AND ${column} IS NOT NULL`
		)) {
			const tenths = (key % SPAN) - SHIFT;
			add('', tenths, n);
			const team = teamOf.get(Math.floor(key / SPAN));
			if (team) add(team, tenths, n);
		}
		return [...groups].map(([team, counts]) => ({
			dim: team ? 'team' : 'all',
			key: team,
			measure,
			...percentiles(counts)
		}));
	});
}

function percentiles(counts: Map<number, number>) {
	const tenths = [...counts.keys()].sort((a, b) => a - b);
	const n = tenths.reduce((sum, t) => sum + counts.get(t)!, 0);
	let running = 0;
	let median: number | null = null;
	let p90: number | null = null;
	for (const t of tenths) {
		running += counts.get(t)!;
		if (median === null && running * 2 >= n) median = t / 10;
		if (p90 === null && running * 10 >= n * 9) p90 = t / 10;
	}
	return { n, median, p90 };
}

/** Urgent statements in the period: how many, median minutes to first read (exact), how many escalated. */
export function measureUrgent(sqlite: Sqlite, p: QueryParams) {
	return (
		run<{ urgent: number; escalated: number; readN: number; median: number | null }>(
			sqlite,
			`WITH d AS (SELECT read_minutes AS minutes, escalated FROM temp.report_rows WHERE in_period AND urgent = 1),
			r AS (SELECT minutes, ROW_NUMBER() OVER (ORDER BY minutes) AS rn, COUNT(*) OVER () AS n FROM d WHERE minutes IS NOT NULL)
			SELECT (SELECT COUNT(*) FROM d) AS urgent, (SELECT COALESCE(SUM(escalated), 0) FROM d) AS escalated,
				(SELECT COUNT(*) FROM r) AS readN, (SELECT minutes FROM r WHERE rn = (n + 1) / 2) AS median`,
			p
		)[0] ?? { urgent: 0, escalated: 0, readN: 0, median: null }
	);
}
