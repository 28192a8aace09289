import { CHANGE_CATEGORIES, STATEMENT_KINDS } from '$lib/vocabulary';
import { locales } from '$lib/paraglide/runtime.js';
import {
	codeOf,
	countRowsByDigits,
	countRowsByKey,
	digitsOf,
	wordOf,
	writeScratchTable,
	type Digit
} from './counting';
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

/** What the period's statements are counted by (counting.ts): each a small whole number. */
const digit = (sql: string, size: number): Digit => ({ sql, size });
const GROUP = digit('g', Infinity);
const IS_CHANGE = digit(`CASE WHEN kind = 'make_a_change' THEN 1 ELSE 0 END`, 2);
const OUTCOME = digit(OUTCOME_CODE, DECIDED.length + 1);
const KIND = digit(codeOf('kind', STATEMENT_KINDS), STATEMENT_KINDS.length + 1);
const CATEGORY = digit(codeOf('change_category', CHANGE_CATEGORIES), CHANGE_CATEGORIES.length + 1);
const RATING = digit(
	'CASE WHEN listened_rating BETWEEN 1 AND 5 THEN listened_rating ELSE 0 END',
	6
);
/** The languages a statement can be noted in; one written before Heard noted it is `not_recorded`. */
export const NOT_RECORDED = 'not_recorded';
const WRITTEN_IN = [...locales, NOT_RECORDED] as const;
const LANGUAGE = digit(
	codeOf(`COALESCE(language, '${NOT_RECORDED}')`, WRITTEN_IN),
	WRITTEN_IN.length + 1
);
const ANSWERED = digit('CASE WHEN reply_tenths IS NULL THEN 0 ELSE 1 END', 2);
const WAYS = {
	byGroup: [GROUP, IS_CHANGE, OUTCOME],
	byKind: [KIND, CATEGORY, OUTCOME, RATING],
	byLanguage: [LANGUAGE, ANSWERED]
};

/**
 * The period's statements counted three ways in one pass over the scratch rows (counting.ts):
 * per group of each breakdown, with make-a-change requests per group and outcome (`byGroup`;
 * "still working on it" counts as open); by kind, make-a-change category, outcome and "did you
 * feel listened to" rating (1–5, or none) (`byKind`: a few hundred rows at most, from which the
 * themes, outcomes and ratings tables are summed); and by the language each was written in,
 * with how many staff answered (`byLanguage`; null for a language Heard no longer has).
 */
export async function countStatements(session: ReportSession) {
	const [byGroup, byKind, byLanguage] = await countRowsByDigits(
		session,
		[WAYS.byGroup, WAYS.byKind, WAYS.byLanguage],
		'in_period = 1'
	);
	return {
		byGroup: await sumGroups(session, byGroup!),
		byKind: [...byKind!].map(([key, n]) => {
			const [kind, category, outcome, rating] = digitsOf(key, WAYS.byKind);
			return {
				kind: wordOf(kind!, STATEMENT_KINDS),
				category: wordOf(category!, CHANGE_CATEGORIES),
				outcome: outcomeWord(outcome!),
				rating: rating || null,
				n
			};
		}),
		byLanguage: [...byLanguage!].map(([key, n]) => {
			const [language, answered] = digitsOf(key, WAYS.byLanguage);
			return { language: wordOf(language!, WRITTEN_IN), answered: answered === 1, n };
		})
	};
}

/**
 * Statements per group of each breakdown, and make-a-change requests per group and outcome,
 * from the counts per group: one small cube. Rows come per outcome; a group's statements are
 * their sum.
 */
async function sumGroups(session: ReportSession, counts: Map<number, number>) {
	const rows = [...counts].map(([key, n]) => {
		const [g, isChange, outcome] = digitsOf(key, WAYS.byGroup);
		return [g, isChange, outcomeWord(outcome!), n];
	});
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
 * Median and 90th percentile of hours to first read and to first reply,
 * overall and by team: the statements are counted per team and tenth of an
 * hour (the precision shown), then each percentile is the first tenth at
 * which the running total reaches its share (nearest rank). Tenths and team
 * are one whole number, the tenths times the teams' count plus the team (`t`
 * counts from 1): below 2³¹ for any time up to decades, so counted fast
 * (counting.ts), and exact for any time, a clock's read before the sending
 * included.
 */
export async function measureResponsiveness(session: ReportSession) {
	const teamOf = new Map<number, string>(
		(
			await session.all<{ t: number; teamId: string }>(
				'SELECT DISTINCT t, team_id AS "teamId" FROM temp.report_groups'
			)
		).map((r) => [r.t, r.teamId])
	);
	const teams = Math.max(0, ...teamOf.keys()) + 1;
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
			`CAST(${column} AS BIGINT) * ${teams} + t`,
			`in_period = 1 AND ${column} IS NOT NULL`
		)) {
			const tenths = Math.floor(key / teams);
			add('', tenths, n);
			const team = teamOf.get(key - tenths * teams);
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
