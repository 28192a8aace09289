import { CHANGE_CATEGORIES, STATEMENT_KINDS } from '$lib/vocabulary';
import { locales } from '$lib/paraglide/runtime.js';
import { codeOf, countRowsByDigits, digitsOf, wordOf, type Digit } from './counting';
import type { ReportSession } from './session';
import { forEachInPauses, sumsByBreakdown, type Groups } from './groups';
import type { MarginalRow } from './sql';

/*
 * The period's statements, counted once for every table that shows them (statements by kind
 * and by group, make-a-change requests, "did you feel listened to", languages), from
 * temp.report_rows (see scratch-rows.ts).
 */

/** A request's outcome as counted: "still working on it", or none yet, is open. */
const DECIDED = ['agreed', 'partly_agreed', 'not_possible'] as const;
const outcomeWord = (code: number) => wordOf(code, DECIDED) ?? 'open';
const OUTCOME_CODE = codeOf('decision', DECIDED);

/** What the period's statements are counted by (counting.ts): each a small whole number. */
const digit = (sql: string, size: number): Digit => ({ sql, size });
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
/** The ways the statements are counted; a group's number is at most the last group's. */
const waysFor = (groups: Groups) => {
	const group = digit('g', groups.last + 1);
	return {
		byGroup: [group, IS_CHANGE, OUTCOME],
		byKind: [KIND, CATEGORY, OUTCOME, RATING],
		byLanguage: [LANGUAGE, ANSWERED]
	};
};
type Ways = ReturnType<typeof waysFor>;

/**
 * The period's statements counted three ways in one pass over the scratch rows (counting.ts):
 * per group of each breakdown, with make-a-change requests per group and outcome (`byGroup`;
 * "still working on it" counts as open); by kind, make-a-change category, outcome and "did you
 * feel listened to" rating (1–5, or none) (`byKind`: a few hundred rows at most, from which the
 * themes, outcomes and ratings tables are summed); and by the language each was written in,
 * with how many staff answered (`byLanguage`; null for a language Heard no longer has).
 */
export async function countStatements(session: ReportSession, groups: Groups) {
	const ways = waysFor(groups);
	const [byGroup, byKind, byLanguage] = await countRowsByDigits(
		session,
		[ways.byGroup, ways.byKind, ways.byLanguage],
		'in_period = 1'
	);
	return {
		byGroup: await sumGroups(session, groups, ways, byGroup!),
		byKind: [...byKind!].map(([key, n]) => {
			const [kind, category, outcome, rating] = digitsOf(key, ways.byKind);
			return {
				kind: wordOf(kind!, STATEMENT_KINDS),
				category: wordOf(category!, CHANGE_CATEGORIES),
				outcome: outcomeWord(outcome!),
				rating: rating || null,
				n
			};
		}),
		byLanguage: [...byLanguage!].map(([key, n]) => {
			const [language, answered] = digitsOf(key, ways.byLanguage);
			return { language: wordOf(language!, WRITTEN_IN), answered: answered === 1, n };
		})
	};
}

export type Counted = Awaited<ReturnType<typeof countStatements>>;

/** One row of the statements' breakdowns: a group of one breakdown (or all), and an outcome. */
export interface GroupCount extends MarginalRow {
	outcome: string;
	/** Statements of the group, of this outcome (open for anything but a decided request). */
	n: number;
	/** Make-a-change requests among them. */
	changes: number;
}

/**
 * Statements per group of each breakdown and overall, and make-a-change requests per group and
 * outcome, summed here from the counts per group (groups.ts).
 */
async function sumGroups(
	session: ReportSession,
	groups: Groups,
	ways: Ways,
	counts: Map<number, number>
): Promise<GroupCount[]> {
	const sums = sumsByBreakdown<GroupCount>(groups, (dim, key, outcome) => ({
		dim,
		key,
		outcome,
		n: 0,
		changes: 0
	}));
	await forEachInPauses(session, counts, ([key, n]) => {
		const [g, isChange, outcome] = digitsOf(key, ways.byGroup);
		sums.add(g!, outcomeWord(outcome!), (sum) => {
			sum.n += n;
			sum.changes += n * isChange!;
		});
	});
	return sums.rows();
}
