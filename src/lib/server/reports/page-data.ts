import {
	filtersToQuery,
	parseFilters,
	defaultQuarter,
	quarterName,
	quarterNumber,
	ReportFilters
} from '$lib/reports/filters';
import { figureText } from '$lib/components/reports/figure-text';
import { barChart } from '../charts/bar';
import { listChosenQuotes, listPublishedYouSaidWeDid, listTeams } from './queries';
import { groupsOf } from './labels';
import { buildReport, findTable, type Report } from './report';
import { headlineCell } from './chosen-groups';
import { reportProblems } from './problems';

/** The tables drawn as bar charts, and which column; the total row is never drawn. */
const CHARTED: { table: string; column: number; max?: number }[] = [
	{ table: 'meetings_by_type', column: 0 },
	{ table: 'requests_by_category', column: 4 },
	{ table: 'listened_ratings', column: 0 },
	{ table: 'wellbeing', column: 1, max: 5 },
	{ table: 'worker_changes', column: 0 },
	{ table: 'statements_by_kind', column: 0 }
];

/**
 * A report's choices from its query string, checked against the teams there are: choices that
 * cannot be used fall back to the default period for everyone, with the reasons to say.
 */
export async function readChoices(url: URL) {
	const parsed = parseFilters(url.searchParams);
	const allTeams = await listTeams();
	const problems = reportProblems(parsed, allTeams);
	const filters = parsed.success && !problems.length ? parsed.data : ReportFilters.parse({});
	return { allTeams, problems, filters };
}

/**
 * Everything a report page needs from its query string. A query string that
 * does not parse, or names a team that is not one, falls back to this quarter
 * for all teams rather than failing, and the page says which choice was wrong.
 */
export async function loadReport(url: URL, now = new Date()) {
	const { allTeams, problems, filters } = await readChoices(url);
	const report = await buildReport(filters, now);
	const charts: Record<string, Awaited<ReturnType<typeof barChart>>> = {};
	for (const c of CHARTED) {
		const table = findTable(report, c.table);
		if (!table) continue;
		const rows = table.rows.filter((r) => !r.total);
		const unit = table.columns[c.column]?.unit ?? 'count';
		charts[c.table] = barChart(
			rows.map((r) => {
				const cell = r.cells[c.column];
				return {
					label: r.label,
					value: cell?.value ?? null,
					// The chart says of a withheld figure just what the table says.
					withheld: cell?.suppressed ? figureText(cell, report.threshold, unit) : null
				};
			}),
			{ max: c.max }
		);
	}
	return {
		filters,
		chosenNames: namesOfChosen(filters, report.teams),
		invalid: problems.length > 0,
		problems,
		query: filtersToQuery(filters),
		report,
		charts,
		allTeams,
		// The quotes of the chosen groups only, as the figures are. They are words a lead chose, not
		// counts, so they come from the whole period, this month's too.
		quotes: await listChosenQuotes(
			report.period.from,
			report.period.end,
			report.chosen,
			report.period.lastDay
		),
		youSaidWeDid: await listPublishedYouSaidWeDid()
	};
}

/** The few figures the narrative and the child-friendly version speak of, taken from the protected tables. */
export function headline(report: Report) {
	const at = (table: string, row: string, column: number) =>
		headlineCell(report, table, row, column);
	return {
		allocated: at('reach_by_team', 'total', 0),
		active: at('reach_by_team', 'total', 2),
		shareActive: at('reach_by_team', 'total', 4),
		statements: at('statements_by_kind', 'total', 0),
		meetings: at('meetings_by_type', 'total', 0),
		shareViews: at('meetings_by_type', 'total', 2),
		requests: at('requests_by_category', 'total', 4),
		agreed: at('requests_by_category', 'total', 0),
		partly: at('requests_by_category', 'total', 1),
		medianReadHours: at('responsiveness', 'total', 1),
		noChange: at('worker_changes', '0', 0)
	};
}

/** What a lead chose, in words, for the note above a report for chosen groups. */
export function namesOfChosen(filters: ReportFilters, teams: { id: string; name: string }[]) {
	const words = filterLabels();
	return [
		...(filters.team.length
			? teams.filter((t) => filters.team.includes(t.id)).map((t) => t.name)
			: []),
		filters.ageBand && words.ageBand[filters.ageBand],
		filters.legalStatus && words.legalStatus[filters.legalStatus],
		filters.placementType && words.placementType[filters.placementType]
	].filter((name): name is string => !!name);
}

const wordsFor = (d: 'age_band' | 'legal_status' | 'placement_type') =>
	Object.fromEntries(groupsOf(d, []).map((g) => [g.key, g.label]));

/** The words for the filter choices, looked up on the server so the page needs no catalogue. */
export function filterLabels() {
	return {
		ageBand: wordsFor('age_band'),
		legalStatus: wordsFor('legal_status'),
		placementType: wordsFor('placement_type')
	};
}

/** The last eight calendar quarters with a month counted, newest first, for the period picker. */
export function recentQuarters(now = new Date()): string[] {
	const q = quarterNumber(defaultQuarter(now));
	return Array.from({ length: 8 }, (_, i) => quarterName(q - i));
}
