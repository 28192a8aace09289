import type { z } from 'zod';
import { m } from '$lib/paraglide/messages.js';
import type { ReportFilters } from '$lib/reports/filters';

/** What to say of each choice that could not be used, by the field it came in. */
const WORDS: Record<string, () => string> = {
	period: m.report_problem_period,
	quarter: m.report_problem_quarter,
	year: m.report_problem_year,
	from: m.report_problem_dates_shape,
	to: m.report_problem_dates_shape,
	team: m.report_problem_team,
	ageBand: m.report_problem_age_band,
	legalStatus: m.report_problem_legal_status,
	placementType: m.report_problem_placement_type
};

/**
 * Why a report's choices could not be used, one sentence for each kind of mistake, so a lead
 * who followed a broken link (an age band that is not one, a fifth quarter, a team since
 * removed) is told which choice to fix, not to check dates that were never wrong.
 */
export function reportProblems(
	parsed: z.ZodSafeParseResult<ReportFilters>,
	teams: { id: string }[]
): string[] {
	if (!parsed.success) {
		const said = parsed.error.issues.map((issue) =>
			issue.message === 'custom_dates'
				? m.report_problem_dates_order()
				: (WORDS[String(issue.path[0])] ?? m.report_problem_other)()
		);
		return [...new Set(said)];
	}
	// A team id that is no team (removed, or a link cut short) would give an empty report for nobody.
	const known = new Set(teams.map((t) => t.id));
	return parsed.data.team.some((id) => !known.has(id)) ? [m.report_problem_team()] : [];
}
