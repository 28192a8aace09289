import type Database from 'better-sqlite3';
import { db } from '../db';
import { onPostgres } from '../db/engine';
import { oneAtATime } from '../db/one-at-a-time';
import { readOncePg, withPostgresSession } from './session-pg';

/** A value a report's SQL is given: a moment as a Date, which each engine binds as its columns hold moments. */
export type Param = string | number | Date | null;
export type Params = Record<string, Param>;

/**
 * One report's hold on the database, for every part of it: the statements are written once, in
 * SQLite's words (`@name` parameters, `temp.` scratch tables), and each engine runs them in one
 * snapshot, so every figure sees the same moment and the scratch tables live as long as the
 * report. Passed down explicitly, like a transaction (docs/adr/0018-transactions-pass-their-handle.md).
 * Counts come back as numbers on both engines.
 */
export interface ReportSession {
	/** Statements that give nothing back, separated by semicolons (scratch tables made, dropped). */
	exec(sql: string): Promise<void>;
	/** One statement that gives nothing back (a scratch table filled). */
	run(sql: string, params?: Params): Promise<void>;
	all<T>(sql: string, params?: Params): Promise<T[]>;
	/** The first column of every row. */
	column<T>(sql: string, params?: Params): Promise<T[]>;
}

/**
 * Runs `work` on a report session of the engine DATABASE_URL names, and ends it however `work`
 * ends: the scratch tables never outlive the report.
 */
export function withReportSession<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	return onPostgres ? withPostgresSession(work) : inTurn(work);
}

/** One statement on the reading connection, outside a report (the quote candidates). */
export async function readOnce<T>(sql: string, params: Params): Promise<T[]> {
	if (onPostgres) return await readOncePg<T>(sql, params);
	return db().$client.prepare(sql).all(bind(params)) as T[];
}

/** A moment as SQLite's columns hold it: whole milliseconds. */
const bind = (params: Params) =>
	Object.fromEntries(
		Object.entries(params).map(([name, v]) => [name, v instanceof Date ? v.getTime() : v])
	);

/**
 * SQLite's reports share the one reading connection, and so its temporary tables: they run one
 * at a time. Each runs without a pause, as every SQLite call answers at once, so no other
 * request is served in the middle of one, as before the data layer was awaited (ADR 44); two
 * reports asked for together (`Promise.all`) would otherwise meet in the same tables.
 */
const reportsInTurn = oneAtATime();
function inTurn<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	return reportsInTurn(() => onSqlite(work));
}

async function onSqlite<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	const sqlite = db().$client;
	// Scratch rows in a temporary file (deleted when closed), not in memory: a full-year report
	// holds a few hundred thousand rows, which in memory stayed in the server's footprint (about
	// 40 MB at 1M statements) while on disk it measured no slower. Set outside a transaction,
	// where SQLite allows it.
	sqlite.pragma('temp_store = FILE');
	// One read transaction: every figure sees the same moment, and the scratch tables go with it.
	sqlite.exec('BEGIN');
	try {
		const result = await work(sqliteSession(sqlite));
		sqlite.exec('COMMIT');
		return result;
	} catch (error) {
		if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		throw error;
	}
}

function sqliteSession(sqlite: Database.Database): ReportSession {
	return {
		exec: async (sql) => void sqlite.exec(sql),
		run: async (sql, params = {}) => void sqlite.prepare(sql).run(bind(params)),
		all: async <T>(sql: string, params: Params = {}) =>
			sqlite.prepare(sql).all(bind(params)) as T[],
		column: async <T>(sql: string, params: Params = {}) =>
			sqlite.prepare(sql).pluck().all(bind(params)) as T[]
	};
}
