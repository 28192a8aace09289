import { CHANGE_CATEGORIES, STATEMENT_KINDS } from '$lib/vocabulary';
import { codeOf, countRowsByKey, wordOf, writeScratchTable } from './counting';
import type { ReportSession } from './session';
import { marginals, type MarginalRow } from './sql';

/*
 * Each figure reads temp.report_rows (see scratch-rows.ts); `in_period` leaves out the earlier
 * wellbeing-trend rows. The largest breakdowns are counted by key (counting.ts).
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
export async function countStatementsByGroup(session: ReportSession) {
	const counts = await countRowsByKey(
		session,
		`g * 100 + CASE WHEN kind = 'make_a_change' THEN 10 ELSE 0 END + ${OUTCOME_CODE}`,
		'in_period = 1'
	);
	const rows = [...counts].map(([key, n]) => [
		Math.floor(key / 100),
		Math.floor(key / 10) % 10,
		outcomeWord(key % 10),
		n
	]);
	await writeScratchTable(
		session,
		'report_counted',
		['g INTEGER', 'is_change INTEGER', 'outcome TEXT', 'n INTEGER'],
		rows
	);
	return await session.all<MarginalRow & { outcome: string; n: number; changes: number }>(
		`WITH cube AS MATERIALIZED (
			SELECT r.team_id, r.age_band, r.legal_status, r.placement_type, c.is_change, c.outcome, c.n FROM temp.report_counted c JOIN temp.report_groups r USING (g)
		)
		${marginals({ n: 'SUM(n)', changes: 'SUM(n * is_change)' }, ['outcome'])}`
	);
}

/**
 * The period's statements by kind, make-a-change category, outcome and
 * "did you feel listened to" rating (1–5, or none): a few hundred rows at
 * most, from which the themes, outcomes and ratings tables are summed.
 */
export async function countStatementsByKind(session: ReportSession) {
	const rating = 'CASE WHEN listened_rating BETWEEN 1 AND 5 THEN listened_rating ELSE 0 END';
	const key = `${codeOf('kind', STATEMENT_KINDS)} * 10000 + ${codeOf('change_category', CHANGE_CATEGORIES)} * 100 + ${OUTCOME_CODE} * 10 + ${rating}`;
	return [...(await countRowsByKey(session, key, 'in_period = 1'))].map(([k, n]) => ({
		kind: wordOf(Math.floor(k / 10000), STATEMENT_KINDS),
		category: wordOf(Math.floor(k / 100) % 100, CHANGE_CATEGORIES),
		outcome: outcomeWord(Math.floor(k / 10) % 10),
		rating: k % 10 || null,
		n
	}));
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
export async function measureResponsiveness(session: ReportSession) {
	const teamOf = new Map(
		(
			await session.all<{ t: number; teamId: string }>(
				'SELECT DISTINCT t, team_id AS "teamId" FROM temp.report_groups'
			)
		).map((r) => [r.t, r.teamId])
	);
	const measures = [];
	for (const measure of ['read', 'reply'] as const) {
		const column = measure === 'read' ? 'read_tenths' : 'reply_tenths';
		const groups = new Map<string, Map<number, number>>();
		const add = (group: string, tenths: number, n: number) => {
			const counts = groups.get(group) ?? groups.set(group, new Map()).get(group)!;
			counts.set(tenths, (counts.get(tenths) ?? 0) + n);
		};
		for (const [key, n] of await countRowsByKey(
			session,
			`t * ${SPAN} + ${column} + ${SHIFT}`,
			`in_period = 1 AND ${column} IS NOT NULL`
		)) {
			const tenths = (key % SPAN) - SHIFT;
			add('', tenths, n);
			const team = teamOf.get(Math.floor(key / SPAN));
			if (team) add(team, tenths, n);
		}
		for (const [team, counts] of groups)
			measures.push({ dim: team ? 'team' : 'all', key: team, measure, ...percentiles(counts) });
	}
	return measures;
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
