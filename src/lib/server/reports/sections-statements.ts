import { m } from '$lib/paraglide/messages.js';
import { DIMENSIONS } from '$lib/reports/filters';
import { shown, statisticCell, withheld } from './disclosure';
import type { Counted } from './statement-counts';
import { categories, dimensionLabel, groupHeader, groupsOf, outcomes } from './labels';
import type { Draft } from './linked';
import { round1, statisticTable } from './sections-figures';
import { medianDaysToOutcome } from './medians';
import type { ReportSession } from './session';
import { countTable, TOTAL, type ReportTable } from './table';

export type Teams = { id: string; name: string }[];

/**
 * The make-a-change section (themes are in sections-themes.ts, languages in
 * sections-languages.ts). The period's statements are counted once
 * (countStatements) and shared by all three.
 */
type KindRow = Counted['byKind'][number];
/** The sum of `n` over the rows kept. */
export const total = <T>(rows: T[], keep: (r: T) => boolean, n: (r: T) => number) =>
	rows.filter(keep).reduce((a, r) => a + n(r), 0);

export async function changeTables(
	session: ReportSession,
	teams: Teams,
	threshold: number,
	counted: Counted
): Promise<Draft[]> {
	const byCategory = (category: string, outcome: string) =>
		total(
			counted.byKind,
			(r) => r.kind === 'make_a_change' && r.category === category && r.outcome === outcome,
			(r) => r.n
		);
	const byGroup = (dim: string, key: string, outcome: string) =>
		total(
			counted.byGroup,
			(r) => r.dim === dim && r.key === key && r.outcome === outcome,
			(r) => r.changes
		);
	const common = {
		section: 'changes' as const,
		definition: m.report_changes_definition(),
		columns: outcomes(),
		rowTotals: true,
		totalLabel: m.report_all(),
		links: (row: string, column: string) => (row === TOTAL ? `requests|${column}` : null),
		threshold
	};
	const median = await medianDaysToOutcome(session);
	const ratings = [1, 2, 3, 4, 5].map((n) => ({ key: String(n), label: m.report_rating({ n }) }));
	// Each category's requests are counted again, whole, by the themes table.
	const byCategoryLinks = (row: string, column: string) =>
		column === TOTAL && row !== TOTAL ? `category|${row}` : common.links(row, column);
	return [
		{
			count: countTable({
				...common,
				id: 'requests_by_category',
				caption: m.report_changes_caption(),
				rowHeader: m.report_category(),
				rows: categories(),
				value: byCategory,
				links: byCategoryLinks
			})
		},
		...DIMENSIONS.map((d) => ({
			count: countTable({
				...common,
				id: `requests_by_${d}`,
				caption: m.report_changes_by_caption({ by: dimensionLabel(d) }),
				rowHeader: groupHeader(d),
				rows: groupsOf(d, teams),
				value: (k, o) => byGroup(d, k, o)
			})
		})),
		{ derived: (find) => daysToOutcomeTable(median, threshold, find('requests_by_team')) },
		{
			count: countTable({
				...common,
				id: 'listened_ratings',
				caption: m.report_listened_caption(),
				definition: m.report_listened_definition(),
				rowHeader: m.report_col_rating(),
				rows: ratings,
				columns: [{ key: 'n', label: m.report_col_answers() }],
				value: (k) =>
					total(
						counted.byKind,
						(r: KindRow) => String(r.rating) === k,
						(r) => r.n
					),
				rowTotals: false,
				links: () => null
			})
		}
	];
}

/**
 * The requests with an outcome are the "All" requests less the open ones, so
 * their count is shown only when the protected requests table already gives
 * it away, and their median only beside a shown count.
 */
function daysToOutcomeTable(
	median: { n: number; median: number | null },
	threshold: number,
	requests: ReportTable | undefined
): ReportTable {
	const totals = (requests?.rows.find((r) => r.key === TOTAL)?.cells ?? []).map((c) =>
		c.suppressed ? null : c.value
	);
	const [agreed, partly, notPossible, open, all] = totals;
	const decided = [agreed, partly, notPossible].every((v) => typeof v === 'number')
		? agreed! + partly! + notPossible!
		: all != null && open != null
			? all - open
			: null;
	// Not even a 0 otherwise: the requests table may withhold its zeros (protect-zeros.ts).
	const count =
		decided === median.n ? shown(median.n) : withheld(median.n < threshold ? 'small' : 'secondary');
	return statisticTable(
		'days_to_outcome',
		'changes',
		m.report_days_caption(),
		m.report_days_definition(),
		[
			{ label: m.report_col_with_outcome(), unit: 'count', cell: count },
			{
				label: m.report_col_median_days(),
				unit: 'days',
				cell: count.suppressed
					? withheld(count.suppressed)
					: statisticCell(round1(median.median), median.n, threshold)
			}
		]
	);
}
