import type postgres from 'postgres';
import { db } from '../db';
import type { PostgresConnection } from '../db/connection-pg';
import type { Params, ReadAs, ReportSession } from './session';

/**
 * A report's SQL as PostgreSQL reads it: SQLite's `@name` parameters become `$1…$n` (a name
 * used twice is one value), and `temp.`, SQLite's name for the connection's own tables,
 * becomes PostgreSQL's `pg_temp.`.
 */
export function translate(sql: string, params: Params = {}) {
	const names: string[] = [];
	const text = sql.replace(/\btemp\./g, 'pg_temp.').replace(/@(\w+)/g, (_, name: string) => {
		if (!(name in params)) throw new Error(`The report SQL names @${name}, which it is not given.`);
		const at = names.indexOf(name);
		return `$${at < 0 ? names.push(name) : at + 1}`;
	});
	// A moment as the ISO text drizzle itself sends for a timestamptz (dialect.ts, storedMoment):
	// drizzle has the driver leave dates alone. PostgreSQL reads it as the column it is compared with.
	const values = names.map((name) => {
		const value = params[name]!;
		return value instanceof Date ? value.toISOString() : value;
	});
	return { text, values };
}

/**
 * bigint (a count) and numeric (a sum of counts): postgres.js gives them as strings, since they
 * could exceed a JavaScript number. A report's never do, and SQLite gives them as numbers.
 */
const AS_STRINGS = new Set([20, 1700]);

type Columns = postgres.ColumnList<string>;

function numbered<T>(rows: postgres.Row[], columns: Columns): T[] {
	const named = columns.filter((c) => AS_STRINGS.has(c.type)).map((c) => c.name);
	for (const name of named)
		for (const row of rows) if (row[name] !== null) row[name] = Number(row[name]);
	return rows as unknown as T[];
}

type Values = postgres.ParameterOrJSON<never>[];

async function query<T>(sql: postgres.Sql, text: string, params?: Params): Promise<T[]> {
	const q = translate(text, params);
	const rows = await sql.unsafe(q.text, q.values as Values);
	return numbered<T>(rows, rows.columns);
}

/** The first column of each row, as bare values: no object is made for a row. */
async function firstColumn<T>(sql: postgres.Sql, text: string, params?: Params): Promise<T[]> {
	const q = translate(text, params);
	const rows = await sql.unsafe(q.text, q.values as Values).values();
	return firstOfEach<T>(rows, rows.columns);
}

function firstOfEach<T>(rows: unknown[][], columns: Columns): T[] {
	const asNumber = AS_STRINGS.has(columns[0]?.type ?? 0);
	return rows.map(([v]) => (asNumber && v !== null ? Number(v) : v) as T);
}

/** Every row as an array of its columns (`ReadAs`), counts as numbers. */
async function arrays<T>(sql: postgres.Sql, text: string, params?: Params): Promise<T[]> {
	const q = translate(text, params);
	const rows = await sql.unsafe(q.text, q.values as Values).values();
	return numberedArrays<T>(rows, rows.columns);
}

function numberedArrays<T>(rows: unknown[][], columns: Columns): T[] {
	const places = columns.flatMap((c, i) => (AS_STRINGS.has(c.type) ? [i] : []));
	for (const i of places) for (const row of rows) if (row[i] !== null) row[i] = Number(row[i]);
	return rows as T[];
}

/** A piece of a read, as `as` asks, from the rows the driver gave (objects, or arrays of values). */
function pieceAs<T>(rows: unknown, columns: Columns, as: ReadAs): T[] {
	if (as === 'column') return firstOfEach<T>(rows as unknown[][], columns);
	if (as === 'arrays') return numberedArrays<T>(rows as unknown[][], columns);
	return numbered<T>(rows as postgres.Row[], columns);
}

/**
 * A read of hundreds of thousands of rows in pieces, asked for one at a time (a cursor in the
 * report's transaction), each handed to `take` before the next: the work on a whole read in one
 * go kept the server from answering anyone for over two seconds in a national report. Only the
 * first piece says what its columns are.
 */
async function inPieces<T>(
	sql: postgres.Sql,
	text: string,
	as: ReadAs,
	size: number,
	take: (rows: T[]) => void,
	pause: () => Promise<void>,
	params?: Params
): Promise<void> {
	let columns: Columns | undefined;
	const q = translate(text, params);
	const read = sql.unsafe(q.text, q.values as Values);
	const pieces = as === 'rows' ? read.cursor(size) : read.values().cursor(size);
	for await (const rows of pieces as AsyncIterable<postgres.Row[]>) {
		columns ??= (rows as postgres.RowList<postgres.Row[]>).columns;
		take(pieceAs<T>(rows, columns, as));
		await pause();
	}
}

function postgresSession(sql: postgres.ReservedSql, pause: () => Promise<void>): ReportSession {
	return {
		exec: async (text) => void (await sql.unsafe(translate(text).text).simple()),
		run: async (text, params) => void (await query(sql, text, params)),
		all: (text, params) => query(sql, text, params),
		column: (text, params) => firstColumn(sql, text, params),
		arrays: (text, params) => arrays(sql, text, params),
		readInPieces: (text, as, size, take, params) =>
			inPieces(sql, text, as, size, take, pause, params),
		// The driver answers asynchronously, so others are answered while PostgreSQL works; long
		// work in JavaScript pauses as on SQLite.
		letOthersIn: pause
	};
}

/**
 * A report on one connection of the reading pool, reserved for it, in one REPEATABLE READ
 * transaction: every figure sees the same snapshot, as SQLite's read transaction gives, without
 * the predicate locks of SERIALIZABLE that would make writers retry. The pool's sessions are
 * read-only by default and PostgreSQL makes no temporary table in a read-only transaction, so
 * this one says READ WRITE; it always ends in ROLLBACK, which drops the scratch tables and
 * keeps the promise the read-only default makes: nothing a report does is ever stored. Reports
 * are reads, so they take no connection from the writers' pool. `pause` lets waiting requests
 * in between pieces of long work, the same pause as SQLite's (session.ts).
 */
export async function withPostgresSession<T>(
	work: (session: ReportSession) => Promise<T>,
	pause: () => Promise<void>
): Promise<T> {
	const sql = await readingPool().reserve();
	try {
		await sql.unsafe('BEGIN ISOLATION LEVEL REPEATABLE READ READ WRITE');
		// Room for a report's hashes and sorts to stay in memory, for this transaction only: with
		// the default 4 MB its joins spilled to disk (the 1M report 5–8% faster with 64 MB).
		await sql.unsafe(`SET LOCAL work_mem = '64MB'`);
		// No compiling of statements (JIT): a report's lookups are costed high enough for it, and it
		// took 0.3 s a statement that their running never won back. Nationally, the meetings' read
		// of a quarter ran in 1.6 s without it and 2.0 s with it, the year's in 3.6 s and 3.9 s; a
		// count over a year's 3.3 million scratch rows gained 1% from it (1.09 s against 1.10 s).
		await sql.unsafe('SET LOCAL jit = off');
		return await work(postgresSession(sql, pause));
	} finally {
		await sql.unsafe('ROLLBACK').catch(() => undefined);
		sql.release();
	}
}

/** One statement on the reading pool, outside a report. */
export async function readOncePg<T>(text: string, params: Params): Promise<T[]> {
	return await query<T>(readingPool(), text, params);
}

/** db() is PostgreSQL's reading pool, typed as SQLite's connection (db/index.ts). */
const readingPool = () => (db() as unknown as PostgresConnection).$client;
