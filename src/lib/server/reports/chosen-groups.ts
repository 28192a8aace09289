import type { Dimension, ReportFilters } from '$lib/reports/filters';
import type { Cell } from './disclosure';
import type { ReportTable, SectionId } from './table';
import { cellOf, TOTAL } from './table';

/** The groups a lead chose, by dimension; none chosen means the report is for everyone. */
export type ChosenGroups = Partial<Record<Dimension, string[]>>;

export function chosenGroups(f: ReportFilters): ChosenGroups {
	const chosen: ChosenGroups = {};
	if (f.team.length) chosen.team = [...new Set(f.team)];
	if (f.ageBand) chosen.age_band = [f.ageBand];
	if (f.legalStatus) chosen.legal_status = [f.legalStatus];
	if (f.placementType) chosen.placement_type = [f.placementType];
	return chosen;
}

/** The same report choices for everyone: the period only. */
export function forEveryone(f: ReportFilters): ReportFilters {
	return { ...f, team: [], ageBand: undefined, legalStatus: undefined, placementType: undefined };
}

/** The responsiveness table has a row for each team without saying so in its id. */
const ROWS_ARE_TEAMS = new Set(['responsiveness']);

function dimensionOf(table: ReportTable): Dimension | null {
	if (ROWS_ARE_TEAMS.has(table.id)) return 'team';
	const by = /_by_(team|age_band|legal_status|placement_type)$/.exec(table.id)?.[1];
	return (by as Dimension | undefined) ?? null;
}

type Sections = { id: SectionId; tables: ReportTable[] }[];

/**
 * A report for chosen groups is the report for everyone, protected as a whole,
 * with only the chosen groups' rows of its breakdowns kept. Counting the chosen
 * young people again, on their own, would give new figures that a reader could
 * subtract from the report for everyone (the report for all teams less the one
 * for North is every other team's); rows of the one protected report give
 * nothing that report does not. So a group within a group (North's young people
 * by age band) is never shown, and tables with no breakdown by a chosen
 * dimension are left out (docs/adr/0042-reports-differ-only-by-whole-groups-and-quarters.md).
 */
export function keepChosenGroups(sections: Sections, chosen: ChosenGroups): Sections {
	if (!Object.keys(chosen).length) return sections;
	return sections.map((s) => ({
		id: s.id,
		tables: s.tables.flatMap((t) => {
			const d = dimensionOf(t);
			const keys = d ? chosen[d] : undefined;
			if (!keys) return [];
			return [{ ...t, rows: t.rows.filter((r) => r.key !== TOTAL && keys.includes(r.key)) }];
		})
	}));
}

const NONE: Cell = { value: null, suppressed: null };
/** A figure a report for chosen groups does not give: said as "Not shown", never as a number. */
const NOT_IN_THIS_REPORT: Cell = { value: null, suppressed: 'unbounded' };

/**
 * A headline figure: the "All" row of a table in a report for everyone; in a
 * report for one chosen group, the same column of that group's row in the
 * table of the same measure broken down by the group's dimension
 * (`statements_by_kind` → `statements_by_team`). Any other choice has no one
 * figure for the whole, and says so.
 */
export function headlineCell(
	report: { sections: Sections; chosen: ChosenGroups },
	tableId: string,
	rowKey: string,
	column: number
): Cell {
	const find = (id: string) => report.sections.flatMap((s) => s.tables).find((t) => t.id === id);
	const groups = Object.entries(report.chosen) as [Dimension, string[]][];
	if (!groups.length || rowKey !== TOTAL) {
		const t = find(tableId);
		return t ? cellOf(t, rowKey, column) : groups.length ? NOT_IN_THIS_REPORT : NONE;
	}
	const [dimension, keys] = groups[0]!;
	if (groups.length > 1 || keys.length > 1) return NOT_IN_THIS_REPORT;
	const family = tableId.replace(/_by_[a-z_]+$/, '');
	// The breakdowns of one measure share its columns (chosen-groups.test.ts checks the headline ones).
	const byGroup = find(family === 'responsiveness' ? family : `${family}_by_${dimension}`);
	return byGroup ? cellOf(byGroup, keys[0]!, column) : NOT_IN_THIS_REPORT;
}
