import { DIMENSIONS, type Dimension } from '$lib/reports/filters';
import type { ReportSession } from './session';
import { DIMENSION_COLUMN, readScratchInPieces, type MarginalRow } from './sql';

type Group = Record<(typeof DIMENSION_COLUMN)[Dimension], string | null>;

/**
 * The report's groups (temp.report_groups, scratch-rows.ts), as the rows of the breakdowns
 * each is counted in. A row of a breakdown (`dim` and `key`) is a number, a place: each group's
 * five are found once a report, for every figure summed from counts per group.
 */
export interface Groups {
	/** The largest group number. */
	last: number;
	places: { dim: string; key: string }[];
	/** The places group `g` is counted in: all, and its group of each breakdown. */
	placesOf(g: number): readonly number[];
}

/** Every group of the report, read once for every figure summed from counts per group. */
export async function readGroups(session: ReportSession): Promise<Groups> {
	const places: Groups['places'] = [];
	const placeIds = new Map<string, number>();
	const placeOf = (dim: string, key: string) => {
		const id = `${dim}\u0000${key}`;
		const known = placeIds.get(id);
		if (known !== undefined) return known;
		placeIds.set(id, places.push({ dim, key }) - 1);
		return places.length - 1;
	};
	const placesOfGroup = (group: Partial<Group>) => [
		placeOf('all', ''),
		...DIMENSIONS.map((d) => placeOf(d, group[DIMENSION_COLUMN[d]] ?? ''))
	];
	const byNumber = new Map<number, number[]>();
	// A national year has about 100,000 groups: read in pieces (sql.ts).
	await readScratchInPieces<Group & { g: number }>(
		session,
		'report_groups',
		(inPiece) =>
			`SELECT g, team_id, age_band, legal_status, placement_type FROM temp.report_groups WHERE 1 = 1${inPiece}`,
		(rows) => rows.forEach(({ g, ...group }) => byNumber.set(g, placesOfGroup(group))),
		'rows',
		// Each group's places are found here: smaller pieces than most (half a second whole).
		50_000
	);
	const unknown = placesOfGroup({});
	let last = 0;
	for (const g of byNumber.keys()) last = Math.max(last, g);
	return { last, places, placesOf: (g) => byNumber.get(g) ?? unknown };
}

/**
 * Figures counted per group, summed into the overall row and one row per group of each
 * breakdown, each further split by `by` (an outcome, a meeting type). SQL would sum them with
 * one GROUP BY a breakdown (GROUPING SETS on PostgreSQL) over rows written back into a scratch
 * table (2 s of a national report), or over every meeting or person, each a statement of a
 * second or more that held the server on SQLite. Here a national year's few hundred thousand
 * counts are each added to the five rows of their group, found by number (`placesOf`).
 */
export function sumsByBreakdown<R extends MarginalRow>(
	groups: Groups,
	blank: (dim: string, key: string, by: string) => R
) {
	const rowsBy = new Map<string, Map<number, R>>();
	return {
		/** Adds to every row group `g` is in (all, and its group of each breakdown). */
		add(g: number, by: string, addTo: (row: R) => void) {
			const rows = rowsBy.get(by) ?? rowsBy.set(by, new Map()).get(by)!;
			for (const place of groups.placesOf(g)) {
				let row = rows.get(place);
				if (!row) {
					const { dim, key } = groups.places[place]!;
					rows.set(place, (row = blank(dim, key, by)));
				}
				addTo(row);
			}
		},
		rows: () => [...rowsBy.values()].flatMap((rows) => [...rows.values()])
	};
}

/**
 * `add` for each of `counts`, letting the server answer others every `every` of them: a national
 * year's counts are a few hundred thousand, a second's work in one go.
 */
export async function forEachInPauses<T>(
	session: ReportSession,
	counts: Iterable<T>,
	add: (count: T) => void,
	every = 25_000
): Promise<void> {
	let done = 0;
	for (const count of counts) {
		if (++done % every === 0) await session.letOthersIn();
		add(count);
	}
}
