import { DIMENSIONS, resolvePeriod, type ReportFilters } from '$lib/reports/filters';
import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';

const DAY = 86_400_000;

/** The column each breakdown groups by, in the `scoped` CTE below. */
export const DIMENSION_COLUMN = {
	team: 'team_id',
	age_band: 'age_band',
	legal_status: 'legal_status',
	placement_type: 'placement_type'
} as const;

/**
 * A moment of Heard's tables as the scratch tables hold it on either engine: whole milliseconds
 * since 1970, as SQLite stores it. PostgreSQL's timestamptz holds microseconds; Heard's moments
 * come from JavaScript dates, so they are whole milliseconds and nothing is rounded.
 */
export const epochMs = (moment: string) => `CAST(extract(epoch FROM ${moment}) * 1000 AS BIGINT)`;

/**
 * `NOT INDEXED` when the rows wanted are a large share (over a twentieth) of the table, or
 * nothing: one sequential read of the table then beats fetching each row through a date index
 * in date order, which is random order on disk. PostgreSQL's planner makes that choice itself.
 */
export async function readInTableOrder(
	session: ReportSession,
	table: string,
	wanted: string,
	p: QueryParams
) {
	if (onPostgres) return '';
	const [inWindow] = await session.column<number>(
		`SELECT COUNT(*) FROM ${table} WHERE ${wanted}`,
		p
	);
	const [all] = await session.column<number>(`SELECT COALESCE(MAX(rowid), 0) FROM ${table}`);
	return inWindow! * 20 > all! ? 'NOT INDEXED' : '';
}

export async function dropReportTables(session: ReportSession): Promise<void> {
	await session.exec(
		'DROP TABLE IF EXISTS temp.report_rows; DROP TABLE IF EXISTS temp.report_groups; DROP TABLE IF EXISTS temp.report_people; DROP TABLE IF EXISTS temp.report_meetings;'
	);
}

/** Young people allocated now: not archived and with a current worker. */
export const ALLOCATED = `archived_at IS NULL AND EXISTS (SELECT 1 FROM allocations a WHERE a.young_person_id = y.id AND a.ended_at IS NULL)`;

export const DIMENSION_COLUMNS = DIMENSIONS.map((d) => `y.${DIMENSION_COLUMN[d]}`).join(', ');

/** What a report's statements are given, by name (`@from`); each engine binds a Date as its moments. */
export type QueryParams = {
	from: Date;
	to: Date;
	/** The end of the period, or now if sooner: meetings "held" and the last 12 months end here. */
	until: Date;
	yearBefore: Date;
	/** Wellbeing trend: the four quarters up to the end of the period. */
	trendFrom: Date;
	ref: string;
};

export function queryParams(f: ReportFilters, now: Date): QueryParams {
	const p = resolvePeriod(f, now);
	const until = Math.min(p.to.getTime(), now.getTime());
	const end = new Date(p.to.getTime() - 1);
	const trendStart = Date.UTC(end.getUTCFullYear(), Math.floor(end.getUTCMonth() / 3) * 3 - 9, 1);
	return {
		from: p.from,
		to: p.to,
		until: new Date(until),
		yearBefore: new Date(until - 365 * DAY),
		trendFrom: new Date(Math.min(trendStart, p.from.getTime())),
		ref: p.lastDay
	};
}

/**
 * The overall figure and one row per group of each breakdown, summed from a
 * small pre-aggregated `cube` in one statement: on SQLite, which has no
 * GROUPING SETS, a UNION ALL of one GROUP BY each; on PostgreSQL one pass
 * with GROUPING SETS. `by` adds further groupings (such as meeting type) to
 * every row. Measures are named in double quotes, which both engines read
 * as a name kept as written (PostgreSQL would fold `withAccount` to lower case).
 */
export function marginals(measures: Record<string, string>, by: string[] = []): string {
	const cols = Object.entries(measures)
		.map(([name, expr]) => `${expr} AS "${name}"`)
		.join(', ');
	const extraCols = by.map((b) => `, ${b}`).join('');
	const dims = DIMENSIONS.map((d) => [d, DIMENSION_COLUMN[d]] as const);
	if (onPostgres) {
		const when = (then: (dim: string, col: string) => string) =>
			dims.map(([dim, col]) => `WHEN GROUPING(${col}) = 0 THEN ${then(dim, col)}`).join(' ');
		const sets = [[], ...dims.map(([, col]) => [col])].map((s) => `(${[...s, ...by].join(', ')})`);
		return `SELECT CASE ${when((dim) => `'${dim}'`)} ELSE 'all' END AS dim,
			CASE ${when((_, col) => `CAST(COALESCE(${col}, '') AS TEXT)`)} ELSE '' END AS key${extraCols}, ${cols}
		FROM cube GROUP BY GROUPING SETS (${sets.join(', ')})`;
	}
	const group = (col: string | null) => [col, ...by].filter(Boolean).join(', ');
	const parts = [
		`SELECT 'all' AS dim, '' AS key${extraCols}, ${cols} FROM cube${by.length ? ` GROUP BY ${group(null)}` : ''}`
	];
	for (const [dim, col] of dims) {
		parts.push(
			`SELECT '${dim}', CAST(COALESCE(${col}, '') AS TEXT)${extraCols}, ${cols} FROM cube GROUP BY ${group(col)}`
		);
	}
	return parts.join('\nUNION ALL\n');
}

export interface MarginalRow {
	dim: string;
	key: string;
}
