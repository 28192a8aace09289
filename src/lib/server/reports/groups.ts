import { DIMENSIONS, type Dimension } from '$lib/reports/filters';
import type { ReportSession } from './session';
import { DIMENSION_COLUMN, readScratchInPieces, type MarginalRow } from './sql';

/** What a group of the report's people is in each breakdown (temp.report_groups, scratch-rows.ts). */
export type Group = Record<(typeof DIMENSION_COLUMN)[Dimension], string | null>;
/** The report's groups by their number `g`. */
export type Groups = Map<number, Group>;

/** Every group of the report, read once for every figure summed from counts per group. */
export async function readGroups(session: ReportSession): Promise<Groups> {
	const groups: Groups = new Map();
	// A national year has about 100,000 groups: read in pieces (sql.ts).
	await readScratchInPieces<Group & { g: number }>(
		session,
		'report_groups',
		(inPiece) =>
			`SELECT g, team_id, age_band, legal_status, placement_type FROM temp.report_groups WHERE 1 = 1${inPiece}`,
		(rows) => rows.forEach(({ g, ...group }) => groups.set(g, group))
	);
	return groups;
}

/**
 * Figures counted per group, summed into the overall row and one row per group of each
 * breakdown, each further split by `by` (an outcome, a meeting type). SQL would sum them with
 * one GROUP BY a breakdown (GROUPING SETS on PostgreSQL) over rows written back into a scratch
 * table (2 s of a national report), or over every meeting or person, each a statement of a
 * second or more that held the server on SQLite; a few thousand sums in JavaScript take
 * milliseconds.
 */
export function sumsByBreakdown<R extends MarginalRow>(
	groups: Groups,
	blank: (dim: string, key: string, by: string) => R
) {
	const sums = new Map<string, R>();
	const rowOf = (dim: string, key: string, by: string) => {
		const id = `${dim}\u0000${key}\u0000${by}`;
		return sums.get(id) ?? sums.set(id, blank(dim, key, by)).get(id)!;
	};
	return {
		/** Adds to every row group `g` is in (all, and its group of each breakdown). */
		add(g: number, by: string, addTo: (row: R) => void) {
			const group = groups.get(g);
			addTo(rowOf('all', '', by));
			for (const d of DIMENSIONS) addTo(rowOf(d, group?.[DIMENSION_COLUMN[d]] ?? '', by));
		},
		rows: () => [...sums.values()]
	};
}
