import {
	quartersCounted,
	resolvePeriod,
	type Period,
	type ReportFilters
} from '$lib/reports/filters';
import { TEMPLATES, type Template } from '$lib/templates';
import { getSetting } from '../settings';
import { draftAcknowledgeTable, readAcknowledged } from './acknowledge';
import { listTeams } from './queries';
import { chosenGroups, forEveryone, keepChosenGroups, type ChosenGroups } from './chosen-groups';
import { complaintTables } from './sections-complaints';
import { languageTables } from './sections-languages';
import { lundyTables } from './sections-lundy';
import { measureLundy } from './lundy';
import { readGroups } from './groups';
import { countAllocatedPeople } from './figures-people';
import { workingCalendar } from '../working-time/calendar';
import { meetingTables, reachTables, stabilityTables } from './sections-people';
import { protectTogether, type Draft } from './linked';
import { responsivenessTables, wellbeingTables } from './sections-figures';
import { countStatements } from './statement-counts';
import { changeTables } from './sections-statements';
import { themeTables } from './sections-themes';
import { prepareReportTables } from './scratch-rows';
import { blockParams, dropPeriodRows, keepPeriodRows, prepareQuarterTables } from './quarter-rows';
import { withReportSession, type ReportSession } from './session';
import {
	withheldByQuarters,
	withheldIn,
	withholdSingleFigures,
	type WithheldFigures
} from './blocks';
import { dropReportTables, queryParams, type QueryParams } from './sql';
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

/** What every part of a report is drafted with, the same for the period and each of its quarters. */
interface DraftContext {
	threshold: number;
	feedbackDays: number;
	calendar: Awaited<ReturnType<typeof workingCalendar>>;
	teams: { id: string; name: string }[];
	templates: readonly Template[];
}

/**
 * Every table of one period's report, counted but not yet protected, from the scratch tables
 * `fill` makes. `keepRows`: the period's rows are kept afterwards, for its quarters.
 */
async function draftSections(
	session: ReportSession,
	p: QueryParams,
	{ threshold, feedbackDays, calendar, teams, templates }: DraftContext,
	fill: () => Promise<void>,
	keepRows = false
): Promise<Record<SectionId, Draft[]>> {
	await fill();
	try {
		const groups = await readGroups(session);
		const statements = await countStatements(session, groups);
		const meetings = await measureLundy(session, p, { days: feedbackDays, calendar }, groups);
		const people = await countAllocatedPeople(session, p, groups);
		const drafts = {
			reach: reachTables(people.reach, teams, threshold),
			meetings: [
				...meetingTables(meetings.meetings, teams, threshold),
				...lundyTables(meetings, teams, threshold, feedbackDays)
			],
			changes: await changeTables(session, teams, threshold, statements),
			responsiveness: [
				...(await responsivenessTables(session, teams, threshold)),
				{ count: draftAcknowledgeTable(await readAcknowledged(session, p), threshold) }
			],
			wellbeing: await wellbeingTables(session, threshold, templates),
			stability: stabilityTables(people.changes, teams, threshold),
			themes: [
				...themeTables(teams, threshold, statements),
				...languageTables(statements, threshold),
				...(await complaintTables(session, p, teams, threshold))
			]
		};
		if (keepRows) await keepPeriodRows(session);
		return drafts;
	} finally {
		await dropReportTables(session);
	}
}

async function buildReportForEveryone(
	filters: ReportFilters,
	now: Date,
	templates: readonly Template[]
): Promise<Report> {
	const context: DraftContext = {
		threshold: await getSetting('suppressionThreshold'),
		feedbackDays: await getSetting('meetingFeedbackWorkingDays'),
		// Read before the transaction: every figure then counts working days by the same calendar.
		calendar: await workingCalendar(),
		teams: await listTeams(),
		templates
	};
	const period = resolvePeriod(filters, now);
	const quarters = quartersCounted(period);
	// A report of one quarter is that quarter's own; of several, each quarter's is a block (ADR 54).
	const blocks = quarters.length > 1 ? quarters : [];
	// One session every part is given (session.ts): the period and each of its quarters are
	// counted at the same moment, and the scratch tables go with it.
	const { drafts, withheld } = await withReportSession(async (session) => {
		const p = queryParams(filters, now);
		const fill = () => prepareReportTables(session, p, context.templates);
		const drafts = await draftSections(session, p, context, fill, blocks.length > 0);
		const withheld: WithheldFigures[] = [];
		try {
			for (const quarter of blocks) {
				const own = blockParams(quarter, now);
				const ownFill = () => prepareQuarterTables(session, own, quarter);
				withheld.push(withheldIn(await draftSections(session, own, context, ownFill)));
			}
		} finally {
			await dropPeriodRows(session);
		}
		return { drafts, withheld };
	});
	// Disclosure control over the whole report at once, outside the read transaction: counts in memory only.
	const tables = protectTogether(
		withholdSingleFigures(drafts, withheld),
		withheldByQuarters(withheld)
	);
	return {
		period,
		threshold: context.threshold,
		teams: context.teams,
		chosen: {},
		sections: SECTIONS.map((id) => ({ id, tables: tables[id] }))
	};
}

export function findTable(report: Report, id: string): ReportTable | undefined {
	return report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
}
