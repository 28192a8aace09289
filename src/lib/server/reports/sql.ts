import { DIMENSIONS, resolvePeriod, type ReportFilters } from '$lib/reports/filters';
import { TEMPLATES, type Template } from '$lib/templates';
import type Database from 'better-sqlite3';
import { wellbeingScoresSql } from './answers';
import { writeReportMeetings } from './scratch-meetings';

const DAY = 86_400_000;

/**
 * The connection's own SQLite handle, given to every part of a report: the
 * report is SQLite's SQL (temporary tables, JSON functions), read inside one
 * read transaction opened on this handle (report.ts), and passed down
 * explicitly like any transaction (docs/adr/0018-transactions-pass-their-handle.md).
 */
export type Sqlite = Database.Database;

/** The column each breakdown groups by, in the `scoped` CTE below. */
export const DIMENSION_COLUMN = {
	team: 'team_id',
	age_band: 'age_band',
	legal_status: 'legal_status',
	placement_type: 'placement_type'
} as const;

/**
 * The young people a report covers: everyone (a report for chosen groups keeps
 * their rows of the report for everyone: chosen-groups.ts), with the age
 * band worked out from date of birth at the end of the period. Written once
 * per report into a temporary table, so every figure starts from the same
 * people and no filter can be forgotten by one of them. `g` numbers each
 * combination of team, age band, legal status and placement type, and `t`
 * each team, so the statement rows carry two small integers instead of four
 * strings, and their GROUP BYs sort less.
 */
const PEOPLE = `INSERT INTO temp.report_people
	SELECT id, user_id, team_id, age_band, legal_status, placement_type, archived_at,
		DENSE_RANK() OVER (ORDER BY team_id, age_band, legal_status, placement_type), DENSE_RANK() OVER (ORDER BY team_id)
	FROM (
		SELECT p.*, CASE WHEN age < 12 THEN 'under_12' WHEN age < 16 THEN '12_15' WHEN age < 18 THEN '16_17' ELSE '18_plus' END AS age_band
		FROM (
			SELECT *, CAST(substr(@ref, 1, 4) AS INTEGER) - CAST(substr(date_of_birth, 1, 4) AS INTEGER)
				- (substr(@ref, 6, 5) < substr(date_of_birth, 6, 5)) AS age
			FROM young_people
		) p
	)`;

/**
 * The statements of those people from the start of the wellbeing trend to the
 * end of the period, one narrow row each with what the figures group by
 * (feelings scores included): a single pass over the statements, shared by
 * every figure, since each pass over a large authority counts. The feelings
 * scores are read through the templates' own question ids (answers.ts).
 */
const rows = (scan: string, scores: string) => `INSERT INTO temp.report_rows
	SELECT y.g, y.t, s.young_person_id, s.sent_at >= @from,
		CASE WHEN s.kind = 'feelings' THEN strftime('%Y', s.sent_at / 1000, 'unixepoch') || '-Q' || ((CAST(strftime('%m', s.sent_at / 1000, 'unixepoch') AS INTEGER) + 2) / 3) END,
		s.kind, s.change_category, s.listened_rating, s.urgent, s.escalated_at IS NOT NULL,
		(s.first_read_at - s.sent_at) / 60000.0, (s.first_replied_at - s.sent_at) / 360000, (s.first_read_at - s.sent_at) / 360000,
		CASE WHEN s.kind = 'make_a_change' THEN (SELECT o.decision FROM outcomes o WHERE o.statement_id = s.id) END,
		CASE WHEN s.kind = 'make_a_change' THEN (SELECT (o.recorded_at - s.sent_at) / 86400000.0 FROM outcomes o WHERE o.statement_id = s.id) END,
		${scores}, s.language
	FROM statements s ${scan} JOIN temp.report_people y ON y.id = s.young_person_id
	WHERE s.sent_at >= @trendFrom AND s.sent_at < @to`;

/**
 * Fills the report's scratch tables, inside the report's read transaction.
 */
export function prepareReportTables(
	sqlite: Sqlite,
	p: QueryParams,
	templates: readonly Template[] = TEMPLATES
): void {
	dropReportTables(sqlite);
	sqlite.exec(`CREATE TEMP TABLE report_people (id TEXT PRIMARY KEY, user_id TEXT, team_id TEXT, age_band TEXT, legal_status TEXT, placement_type TEXT, archived_at INTEGER,
			g INTEGER, t INTEGER) WITHOUT ROWID;
		CREATE TEMP TABLE report_groups (g INTEGER PRIMARY KEY, t INTEGER, team_id TEXT, age_band TEXT, legal_status TEXT, placement_type TEXT);
		CREATE TEMP TABLE report_rows (g INTEGER, t INTEGER, yp TEXT, in_period INTEGER, quarter TEXT,
			kind TEXT, change_category TEXT, listened_rating INTEGER, urgent INTEGER, escalated INTEGER, read_minutes REAL, reply_tenths INTEGER, read_tenths INTEGER,
			decision TEXT, outcome_days REAL, scores TEXT, language TEXT);`);
	sqlite.prepare(PEOPLE).run(p);
	sqlite.exec(
		'INSERT INTO temp.report_groups SELECT DISTINCT g, t, team_id, age_band, legal_status, placement_type FROM temp.report_people'
	);
	const scan = readInTableOrder(sqlite, 'statements', 'sent_at >= @trendFrom AND sent_at < @to', p);
	sqlite.prepare(rows(scan, wellbeingScoresSql(templates))).run(p);
	writeReportMeetings(sqlite, p);
}

/**
 * `NOT INDEXED` when the rows wanted are a large share (over a twentieth) of the table, or
 * nothing: one sequential read of the table then beats fetching each row through a date index
 * in date order, which is random order on disk.
 */
export function readInTableOrder(sqlite: Sqlite, table: string, wanted: string, p: QueryParams) {
	const inWindow = sqlite.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${wanted}`).pluck().get(p);
	const all = sqlite.prepare(`SELECT COALESCE(MAX(rowid), 0) FROM ${table}`).pluck().get();
	return (inWindow as number) * 20 > (all as number) ? 'NOT INDEXED' : '';
}

/**
 * Scratch rows in a temporary file (deleted when closed), not in memory: a
 * full-year report holds a few hundred thousand rows, which in memory stayed
 * in the server's footprint (about 40 MB at 1M statements) while on disk it
 * measured no slower. Set outside a transaction, where SQLite allows it.
 */
export function keepScratchTablesOnDisk(sqlite: Sqlite): void {
	sqlite.pragma('temp_store = FILE');
}

export function dropReportTables(sqlite: Sqlite): void {
	sqlite.exec(
		'DROP TABLE IF EXISTS temp.report_rows; DROP TABLE IF EXISTS temp.report_groups; DROP TABLE IF EXISTS temp.report_people; DROP TABLE IF EXISTS temp.report_counted; DROP TABLE IF EXISTS temp.report_meetings;'
	);
}

/** Young people allocated now: not archived and with a current worker. */
export const ALLOCATED = `archived_at IS NULL AND EXISTS (SELECT 1 FROM allocations a WHERE a.young_person_id = y.id AND a.ended_at IS NULL)`;

export const DIMENSION_COLUMNS = DIMENSIONS.map((d) => `y.${DIMENSION_COLUMN[d]}`).join(', ');

export interface QueryParams {
	from: number;
	to: number;
	/** The end of the period, or now if sooner: meetings "held" and the last 12 months end here. */
	until: number;
	yearBefore: number;
	/** Wellbeing trend: the four quarters up to the end of the period. */
	trendFrom: number;
	ref: string;
}

export function queryParams(f: ReportFilters, now: Date): QueryParams {
	const p = resolvePeriod(f, now);
	const until = Math.min(p.to.getTime(), now.getTime());
	const end = new Date(p.to.getTime() - 1);
	const trendStart = Date.UTC(end.getUTCFullYear(), Math.floor(end.getUTCMonth() / 3) * 3 - 9, 1);
	return {
		from: p.from.getTime(),
		to: p.to.getTime(),
		until,
		yearBefore: until - 365 * DAY,
		trendFrom: Math.min(trendStart, p.from.getTime()),
		ref: p.lastDay
	};
}

/**
 * The overall figure and one row per group of each breakdown, summed from a
 * small pre-aggregated `cube` in one statement (SQLite has no GROUPING SETS).
 * `by` adds further groupings (such as meeting type) to every row.
 */
export function marginals(
	measures: Record<string, string>,
	extra: string[] = [],
	by: string[] = []
): string {
	const cols = Object.entries(measures)
		.map(([name, expr]) => `${expr} AS ${name}`)
		.join(', ');
	const extraCols = by.map((b) => `, ${b}`).join('');
	const group = (col: string | null) => [col, ...by].filter(Boolean).join(', ');
	const parts = [
		`SELECT 'all' AS dim, '' AS key${extraCols}, ${cols} FROM cube${by.length ? ` GROUP BY ${group(null)}` : ''}`
	];
	for (const col of [...DIMENSIONS.map((d) => DIMENSION_COLUMN[d]), ...extra]) {
		const dim = DIMENSIONS.find((d) => DIMENSION_COLUMN[d] === col) ?? col;
		parts.push(
			`SELECT '${dim}', CAST(COALESCE(${col}, '') AS TEXT)${extraCols}, ${cols} FROM cube GROUP BY ${group(col)}`
		);
	}
	return parts.join('\nUNION ALL\n');
}

export function run<T>(sqlite: Sqlite, sql: string, params: QueryParams): T[] {
	return sqlite.prepare(sql).all(params) as T[];
}

export interface MarginalRow {
	dim: string;
	key: string;
}
