import { resolvePeriod, type Period, type ReportFilters } from '$lib/reports/filters';
import { TEMPLATES, type Template } from '$lib/templates';
import { getSetting } from '../settings';
import { draftAcknowledgeTable, readAcknowledged } from './acknowledge';
import { listTeams } from './queries';
import { chosenGroups, forEveryone, keepChosenGroups, type ChosenGroups } from './chosen-groups';
import { complaintTables } from './sections-complaints';
import { languageTables } from './sections-languages';
import { lundyTables } from './sections-lundy';
import { workingCalendar } from '../working-time/calendar';
import { meetingTables, reachTables, stabilityTables } from './sections-people';
import { protectTogether, type Draft } from './linked';
import { responsivenessTables, wellbeingTables } from './sections-figures';
import { changeTables, countAllStatements } from './sections-statements';
import { themeTables } from './sections-themes';
import { db } from '../db';
import { dropReportTables, keepScratchTablesOnDisk, prepareReportTables, queryParams } from './sql';
import { SECTIONS, type ReportTable, type SectionId } from './table';

export interface Report {
	period: Period;
	threshold: number;
	/** The teams the report is about: all, or the chosen ones. */
	teams: { id: string; name: string }[];
	/** The groups chosen; their rows of the report for everyone are all it shows (chosen-groups.ts). */
	chosen: ChosenGroups;
	sections: { id: SectionId; tables: ReportTable[] }[];
}

/**
 * Every figure of a participation report, from live data, each already
 * through disclosure control: nothing leaves here that could name a child.
 * Answers are read through the templates' question-id maps (answers.ts).
 * A report for chosen groups is their rows of the report for everyone.
 */
export async function buildReport(
	filters: ReportFilters,
	now = new Date(),
	templates: readonly Template[] = TEMPLATES
): Promise<Report> {
	const chosen = chosenGroups(filters);
	const everyone = await buildReportForEveryone(forEveryone(filters), now, templates);
	const teams = chosen.team
		? everyone.teams.filter((t) => chosen.team!.includes(t.id))
		: everyone.teams;
	return { ...everyone, teams, chosen, sections: keepChosenGroups(everyone.sections, chosen) };
}

async function buildReportForEveryone(
	filters: ReportFilters,
	now: Date,
	templates: readonly Template[]
): Promise<Report> {
	const threshold = await getSetting('suppressionThreshold');
	const feedbackDays = await getSetting('meetingFeedbackWorkingDays');
	// Read before the transaction: every figure then counts working days by the same calendar.
	const calendar = await workingCalendar();
	const p = queryParams(filters, now);
	const teams = await listTeams();
	const sqlite = db().$client;
	keepScratchTablesOnDisk(sqlite);
	// One read transaction on the SQLite handle every part is given: every figure sees the same
	// moment, and the scratch tables go with it.
	const drafts = sqlite.transaction((): Record<SectionId, Draft[]> => {
		prepareReportTables(sqlite, p, templates);
		try {
			const statements = countAllStatements(sqlite, p);
			return {
				reach: reachTables(sqlite, p, teams, threshold),
				meetings: [
					...meetingTables(sqlite, p, teams, threshold),
					...lundyTables(sqlite, p, teams, threshold, { days: feedbackDays, calendar })
				],
				changes: changeTables(sqlite, p, teams, threshold, statements),
				responsiveness: [
					...responsivenessTables(sqlite, p, teams, threshold),
					{ count: draftAcknowledgeTable(readAcknowledged(sqlite, p), threshold) }
				],
				wellbeing: wellbeingTables(sqlite, threshold),
				stability: stabilityTables(sqlite, p, teams, threshold),
				themes: [
					...themeTables(sqlite, teams, threshold, statements),
					...languageTables(sqlite, threshold),
					...complaintTables(sqlite, p, teams, threshold)
				]
			};
		} finally {
			dropReportTables(sqlite);
		}
	})();
	// Disclosure control over the whole report at once, outside the read transaction: counts in memory only.
	const tables = protectTogether(drafts);
	return {
		period: resolvePeriod(filters, now),
		threshold,
		teams,
		chosen: {},
		sections: SECTIONS.map((id) => ({ id, tables: tables[id] }))
	};
}

export function findTable(report: Report, id: string): ReportTable | undefined {
	return report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
}
