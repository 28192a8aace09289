import { resolvePeriod, type ReportFilters } from '$lib/reports/filters';
import { onPostgres } from '../db/engine';
import type { ReportSession } from './session';

const DAY = 86_400_000;

/** The column of the report's people and groups (scratch-rows.ts) each breakdown groups by. */
export const DIMENSION_COLUMN = {
	team: 'team_id',
	age_band: 'age_band',
	legal_status: 'legal_status',
	placement_type: 'placement_type'
} as const;

/**
 * A moment of Heard's tables as the scratch tables hold it on either engine: whole milliseconds
 * since 1970, as SQLite stores it. PostgreSQL's timestamptz holds microseconds; Heard's moments
 * come from JavaScript dates, so they are whole milliseconds. `date_part` gives the seconds as a
 * double, exact to well under a microsecond for any date Heard holds, and the cast rounds to the
 * nearest whole number, so each moment comes out exact. `extract` would give them as numeric,
 * whose arithmetic took more than a second of the 1M report's pass over its statements.
 */
export const epochMs = (moment: string) => `CAST(date_part('epoch', ${moment}) * 1000 AS BIGINT)`;

/**
 * How a report's pass reads `table` (as `alias`): `scan` goes after the table's name, `piece`
 * at the end of the pass's WHERE, and the pass is run once for each of `pieces` (its params).
 *
 * When the rows wanted are a large share (over a twentieth) of the table, `NOT INDEXED`: one
 * sequential read of the table beats fetching each row through a date index in date order,
 * which is random order on disk. That read is made in pieces of rowids, each a fraction of a
 * second even on a national authority, so the server answers other requests between them
 * (session.ts) instead of stopping for the whole pass. Otherwise, and on PostgreSQL, whose
 * planner makes the choice itself and which never blocks the server, one pass as written.
 */
export async function readInTableOrder(
	session: ReportSession,
	table: string,
	alias: string,
	wanted: string,
	p: QueryParams,
	rowidsAPiece = ROWIDS_A_PIECE
): Promise<TablePass> {
	const whole: TablePass = { scan: '', piece: '', pieces: [{}] };
	if (onPostgres) return whole;
	const [inWindow] = await session.column<number>(
		`SELECT COUNT(*) FROM ${table} WHERE ${wanted}`,
		p
	);
	const [last] = await session.column<number>(`SELECT COALESCE(MAX(rowid), 0) FROM ${table}`);
	if (inWindow! * 20 <= last!) return whole;
	return {
		scan: 'NOT INDEXED',
		piece: inRowidPiece(`${alias}.`),
		pieces: rowidPieces(last!, rowidsAPiece)
	};
}

/**
 * About a quarter of a second's pass over the statements on the benchmark's machine (400,000
 * took up to half a second, the longest any statement of a national report held the server).
 */
const ROWIDS_A_PIECE = 250_000;

/**
 * A piece of scratch rows read into JavaScript: its read and the work on it, about a third of a
 * second together on a national year (400,000 took over a second).
 */
const SCRATCH_ROWS_A_PIECE = 150_000;

/** The condition that keeps a piece's rows (`rowidPieces`), for a WHERE. */
const inRowidPiece = (alias = '') => ` AND ${alias}rowid > @after AND ${alias}rowid <= @upTo`;

/** Rowids 1 to `last` in pieces of `size`: each piece is `after` < rowid ≤ `upTo`. */
export function rowidPieces(last: number, size = ROWIDS_A_PIECE) {
	const pieces = [];
	for (let after = 0; after < last; after += size) pieces.push({ after, upTo: after + size });
	return pieces;
}

/** PostgreSQL's pieces are only what JavaScript does with them: a tenth of a second or so. */
export const ROWS_A_CURSOR_PIECE = 50_000;

export interface TablePass {
	scan: string;
	piece: string;
	pieces: Record<string, number>[];
}

/**
 * Reads a scratch table in pieces of rowids (its rows in the order they were written), each
 * piece its own statement handed to `take` before the next is read: on SQLite the server
 * answers others between them (session.ts) rather than stopping for a whole read of millions
 * of rows and all that is done with it. `sql` is given the condition that keeps a piece's rows,
 * to add to its WHERE. On PostgreSQL the read is one statement, whose waiting stops nothing;
 * its rows come in pieces of a cursor, so `take`'s work on them is in pieces too.
 */
export async function readScratchInPieces<T>(
	session: ReportSession,
	table: string,
	sql: (inPiece: string) => string,
	take: (rows: T[]) => void,
	as: 'rows' | 'column' = 'rows',
	rowidsAPiece = SCRATCH_ROWS_A_PIECE
): Promise<void> {
	const read = (text: string, params?: Record<string, number>) =>
		as === 'rows' ? session.all<T>(text, params) : session.column<T>(text, params);
	if (onPostgres) return await session.readInPieces(sql(''), as, ROWS_A_CURSOR_PIECE, take);
	const [last] = await session.column<number>(`SELECT COALESCE(MAX(rowid), 0) FROM temp.${table}`);
	for (const piece of rowidPieces(last!, rowidsAPiece))
		take(await read(sql(inRowidPiece()), piece));
}

/** About a tenth of a second's reading of allocations and statements for them, nationally. */
const PEOPLE_A_PIECE = 50_000;

/**
 * Reads the report's people (scratch-rows.ts) in pieces, as `readScratchInPieces` reads a scratch
 * table. temp.report_people has no rowids (it is kept in the order of their ids), so on SQLite
 * its pieces are ranges of ids, found in one pass over them; `sql` is given the condition that
 * keeps a piece's people (`y`). On PostgreSQL one statement, its rows taken in pieces of a cursor.
 */
export async function readPeopleInPieces<T>(
	session: ReportSession,
	sql: (inPiece: string) => string,
	params: QueryParams,
	take: (rows: T[]) => void,
	size = PEOPLE_A_PIECE
): Promise<void> {
	if (onPostgres)
		return await session.readInPieces(sql(''), 'column', ROWS_A_CURSOR_PIECE, take, params);
	const lasts = await session.column<string>(
		`SELECT id FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS n FROM temp.report_people) q
		WHERE n % ${size} = 0 UNION SELECT MAX(id) FROM temp.report_people ORDER BY 1`
	);
	let after = '';
	for (const upTo of lasts) {
		take(
			await session.column<T>(sql(' AND y.id > @after AND y.id <= @upTo'), {
				...params,
				after,
				upTo
			})
		);
		after = upTo;
	}
}

export async function dropReportTables(session: ReportSession): Promise<void> {
	await session.exec(
		'DROP TABLE IF EXISTS temp.report_rows; DROP TABLE IF EXISTS temp.report_groups; DROP TABLE IF EXISTS temp.report_people;'
	);
}

/** Young people allocated now: not archived and with a current worker. */
export const ALLOCATED = `archived_at IS NULL AND EXISTS (SELECT 1 FROM allocations a WHERE a.young_person_id = y.id AND a.ended_at IS NULL)`;

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

/** A row of figures summed by breakdown (groups.ts): `dim` the breakdown (or `all`), `key` the group. */
export interface MarginalRow {
	dim: string;
	key: string;
}
