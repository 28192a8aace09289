import type Database from 'better-sqlite3';
import { setImmediate as turnOfTheEventLoop } from 'node:timers/promises';
import { db, sqliteReportConnection } from '../db';
import { onPostgres } from '../db/engine';
import { oneAtATime } from '../db/one-at-a-time';
import { readOncePg, withPostgresSession } from './session-pg';

/** A value a report's SQL is given: a moment as a Date, which each engine binds as its columns hold moments. */
export type Param = string | number | Date | null;
export type Params = Record<string, Param>;

/**
 * How a read's rows come back: as objects named by their columns, as the first column alone, or
 * as arrays of their columns in order (no object made for a row: a national year's 420,000
 * meetings were read a second faster so).
 */
export type ReadAs = 'rows' | 'column' | 'arrays';

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
	/** Every row as an array of its columns, in order (`ReadAs`). */
	arrays<T>(sql: string, params?: Params): Promise<T[]>;
	/**
	 * One read handed to `take` a piece of `size` rows at a time, with others answered between
	 * pieces. PostgreSQL sends each piece when asked (a cursor). SQLite stops the server for as
	 * long as a read takes, so its long reads go in pieces of rowids instead (sql.ts).
	 */
	readInPieces<T>(
		sql: string,
		as: ReadAs,
		size: number,
		take: (rows: T[]) => void,
		params?: Params
	): Promise<void>;
	/**
	 * Lets the server answer what is waiting, in the middle of long work in JavaScript (every
	 * statement already does so first, where the engine blocks the server: below).
	 */
	letOthersIn(): Promise<void>;
}

/**
 * Runs `work` on a report session of the engine DATABASE_URL names, and ends it however `work`
 * ends: the scratch tables never outlive the report.
 */
export function withReportSession<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	return onPostgres ? withPostgresSession(work, letWaitingRequestsIn) : inTurn(work);
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
 * SQLite's reports have a read-only connection of their own (db/index.ts) and take turns on it,
 * as they share its scratch tables. Every SQLite call blocks the server while it runs, so before
 * each of a report's statements the server answers whatever is waiting: a national report takes
 * half a minute, and no page, "Sent!" or health check may wait that long behind it. An in-memory
 * database (the unit tests) has one connection for everything; there a report runs without a
 * pause, as a request served in the middle would join its transaction.
 */
const reportsInTurn = oneAtATime();
function inTurn<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	return reportsInTurn(() => onSqlite(work));
}

async function onSqlite<T>(work: (session: ReportSession) => Promise<T>): Promise<T> {
	const own = sqliteReportConnection();
	const sqlite = (own ?? db()).$client;
	// Scratch rows in a temporary file (deleted when closed), not in memory: a full-year report
	// holds a few hundred thousand rows, which in memory stayed in the server's footprint (about
	// 40 MB at 1M statements) while on disk it measured no slower. Set outside a transaction,
	// where SQLite allows it.
	sqlite.pragma('temp_store = FILE');
	// One read transaction: every figure sees the same moment, and the scratch tables go with it.
	// SQLite fixes that moment at the transaction's first read, made here at once: a statement
	// sent in the report's first pause is then in none of its figures, not in some of them.
	sqlite.exec('BEGIN');
	try {
		sqlite.prepare('SELECT COUNT(*) FROM sqlite_schema').get();
		const result = await work(sqliteSession(sqlite, own ? letWaitingRequestsIn : async () => {}));
		sqlite.exec('COMMIT');
		return result;
	} catch (error) {
		if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		throw error;
	}
}

/** Lets the requests that came in while the last statement ran be answered first. */
const letWaitingRequestsIn = async () => void (await turnOfTheEventLoop());

function sqliteSession(sqlite: Database.Database, pause: () => Promise<void>): ReportSession {
	const prepared = async (sql: string) => {
		await pause();
		return sqlite.prepare(sql);
	};
	return {
		exec: async (sql) => {
			await pause();
			sqlite.exec(sql);
		},
		run: async (sql, params = {}) => void (await prepared(sql)).run(bind(params)),
		all: async <T>(sql: string, params: Params = {}) =>
			(await prepared(sql)).all(bind(params)) as T[],
		column: async <T>(sql: string, params: Params = {}) =>
			(await prepared(sql)).pluck().all(bind(params)) as T[],
		arrays: async <T>(sql: string, params: Params = {}) =>
			(await prepared(sql)).raw().all(bind(params)) as T[],
		readInPieces: async <T>(
			sql: string,
			as: ReadAs,
			size: number,
			take: (rows: T[]) => void,
			params: Params = {}
		) => {
			const statement = await prepared(sql);
			const read =
				as === 'column' ? statement.pluck() : as === 'arrays' ? statement.raw() : statement;
			const rows = read.all(bind(params)) as T[];
			for (let from = 0; from < rows.length; from += size) {
				if (from > 0) await pause();
				take(rows.slice(from, from + size));
			}
		},
		letOthersIn: pause
	};
}
