import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema/sqlite';

/** A connection to the database file (docs/adr/0044-awaited-data-and-one-writer.md). */
export type Connection = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

declare const transactionOpen: unique symbol;
/**
 * A transaction: what every write is given and goes through (docs/adr/0018-transactions-pass-their-handle.md).
 * Only `transaction()` in `db/index.ts` makes one, so a write helper cannot be handed the reading connection.
 */
export type Tx = Connection & { readonly [transactionOpen]: true };

/** The reading connection, or a transaction for a read that also runs inside a write: it cannot write. */
export type Reader = Omit<Connection, 'insert' | 'update' | 'delete' | 'transaction' | 'run'>;
export type Db = Reader;

/**
 * Opens a database with the pragmas Heard relies on and applies the committed
 * migrations. WAL + synchronous=FULL: a statement the app acknowledged is on
 * disk before the young person sees "sent", even if the server is killed.
 */
export function openDatabase(url: string): Connection {
	if (url !== ':memory:') mkdirSync(dirname(resolve(url)), { recursive: true });
	const sqlite = new Database(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	// Words removed for good (retention, ADR 51) are overwritten with zeros in the file, not only
	// unlinked: otherwise they stay readable in its free space, and in every backup copied from it.
	sqlite.pragma('secure_delete = ON');
	const db = drizzle(sqlite, { schema });
	migrate(db, { migrationsFolder: resolve(process.env.MIGRATIONS_DIR ?? 'drizzle') });
	// Gathers the statistics the query planner needs to choose between indexes (a quick,
	// sampled ANALYZE of the tables that need it), as SQLite advises on every open.
	sqlite.pragma('analysis_limit = 1000');
	sqlite.pragma('optimize = 0x10002');
	return db as Connection;
}

/**
 * A second, read-only connection to the same file for every read outside a write. It sees only
 * what is committed, so a page never shows a write that a transaction still open might roll back,
 * and a write sent to it by mistake fails instead of joining someone else's transaction.
 */
export function openReader(url: string): Connection {
	const sqlite = new Database(url, { readonly: true });
	sqlite.pragma('busy_timeout = 5000');
	return drizzle(sqlite, { schema }) as Connection;
}

/**
 * A SQLite database's connections: the writer (which applies the migrations), a read-only one
 * for every read outside a write, and one for reports alone, which hold a read transaction and
 * scratch tables for as long as they run while pages are read in their pauses
 * (reports/session.ts). An in-memory database has the one connection, which a second could
 * not see, and no connection for reports.
 */
export function openSqliteConnections(path: string) {
	const writer = openDatabase(path);
	if (path === ':memory:') return { writer, reader: writer, reports: null };
	return { writer, reader: openReader(path), reports: openReader(path) };
}

/** The write-ahead log written back into the file and truncated; false if a read kept it (ADR 51). */
export function emptyWriteAheadLogOf(writer: Connection): boolean {
	const [done] = writer.$client.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
	return done?.busy === 0;
}

export function isDatabaseReachable(db: Reader): boolean {
	try {
		return db.$client.prepare('SELECT 1 AS ok').get() !== undefined;
	} catch {
		return false;
	}
}

/**
 * Whether a write would be stored now: takes the write lock (briefly, so a
 * locked database answers "no" in a quarter of a second) and commits one
 * unchanged header value. A full disk, a read-only file or a lock held
 * elsewhere all fail here as they would fail a young person's send.
 */
export function isDatabaseWritable(db: Connection): boolean {
	const sqlite = db.$client;
	const patience = Number(sqlite.pragma('busy_timeout', { simple: true }));
	try {
		sqlite.pragma('busy_timeout = 250');
		sqlite.exec('BEGIN IMMEDIATE');
		sqlite.pragma(`user_version = ${Number(sqlite.pragma('user_version', { simple: true }))}`);
		sqlite.exec('COMMIT');
		return true;
	} catch {
		if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		return false;
	} finally {
		sqlite.pragma(`busy_timeout = ${patience}`);
	}
}
