import { AsyncLocalStorage } from 'node:async_hooks';
import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import {
	emptyWriteAheadLogOf,
	isDatabaseReachable,
	isDatabaseWritable,
	openSqliteConnections,
	type Connection
} from './connection';
import type { Reader, Tx } from './connection';
import type { PostgresConnection } from './connection-pg';
import { engine, engineOf } from './engine';
import { oneAtATime } from './one-at-a-time';
import { pg } from './postgres-side';
import { forgetRequestReads } from './request-reads';

export type { Db, Reader, Tx } from './connection';

type Connections =
	| { engine: 'sqlite'; reader: Connection; writer: Connection; reports: Connection | null }
	| { engine: 'postgres'; reader: PostgresConnection; writer: PostgresConnection };
let connections: Connections | undefined;

/**
 * Which transaction the running code is inside, followed across its awaits. `open` turns false at
 * commit, so a timer a transaction started (a mail wake-up) is not taken to be inside it later.
 */
const insideTransaction = new AsyncLocalStorage<{ open: boolean }>();

/**
 * Inside a transaction everything goes through the handle the transaction was given (ADR 0018).
 * In development and under the unit tests, reaching for the connection there is refused, so a
 * helper that forgot its handle fails a test instead of reading past the transaction.
 */
const refuseInsideTransactions = dev || !!process.env.VITEST;

/**
 * Opened on first use. SQLite: a writer, a reader and the reports' own (`openSqliteConnections`).
 * PostgreSQL: a writing and a read-only pool (migrated by `readyDatabase`). Never
 * opened while SvelteKit analyses the app at build time, which would create an empty file.
 */
function open(): Connections {
	if (building) throw new Error('The database is not available while building.');
	if (!connections) {
		const path = databasePath();
		if (engineOf(path) !== engine) {
			throw new Error(
				'DATABASE_URL must be set in the environment Heard starts in (not only in .env), so the tables match the database.'
			);
		}
		if (engine === 'postgres') connections = { engine, ...pg().openPostgres(path) };
		else connections = { engine, ...openSqliteConnections(path) };
	}
	return connections;
}

let migrated: Promise<void> | undefined;

/**
 * Opens the database and brings its tables up to date, once, when a server or a command starts.
 * SQLite's migrations run as the file opens; PostgreSQL's are awaited here.
 */
export function readyDatabase(): Promise<void> {
	const opened = open();
	if (opened.engine === 'sqlite') return Promise.resolve();
	migrated ??= pg()
		.migratePostgres(opened.writer)
		.catch((error: unknown) => {
			migrated = undefined;
			throw error;
		});
	return migrated;
}

/** The connection every read outside a write uses. It cannot write: writes go through `transaction`. */
export function db(): Reader {
	// PostgreSQL's pool is typed as SQLite's connection: the tables are SQLite's type too (ADR 46).
	const reader = open().reader as unknown as Reader;
	if (refuseInsideTransactions && insideTransaction.getStore()?.open) {
		throw new Error(
			'db() was called inside a transaction: use the handle the transaction was given.'
		);
	}
	return reader;
}

/** Whatever uses the one writing connection waits its turn, in the order asked (ADR 0044). */
const writerInTurn = oneAtATime();

function inTurn<T>(use: (writer: Connection) => T | Promise<T>): Promise<T> {
	return writerInTurn(() => use(open().writer as Connection));
}

/**
 * Runs `write` as one transaction: all of it stored, or (if it throws) none of it. Every write goes
 * through here and passes on its handle. SQLite's run one at a time, in the order asked; PostgreSQL's
 * side by side, SERIALIZABLE, again on a clash (ADR 46). One inside another would wait for itself,
 * so is refused. When it ends, the request's reads are made afresh (request-reads.ts).
 */
export function transaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
	if (insideTransaction.getStore()?.open) {
		return Promise.reject(new Error('A transaction was opened inside a transaction.'));
	}
	const opened = open();
	const written =
		opened.engine === 'postgres'
			? pg().inPostgresTransaction(opened.writer, (tx) => runInside(() => write(tx)))
			: inTurn((writer) => runTransaction(writer, write));
	return written.finally(forgetRequestReads);
}

/** Runs `work` as inside a transaction (for `db()`'s refusal), until it settles. */
async function runInside<T>(work: () => Promise<T>): Promise<T> {
	const state = { open: true };
	try {
		return await insideTransaction.run(state, work);
	} finally {
		state.open = false;
	}
}

async function runTransaction<T>(writer: Connection, write: (tx: Tx) => Promise<T>): Promise<T> {
	const sqlite = writer.$client;
	sqlite.exec('BEGIN IMMEDIATE');
	try {
		const result = await runInside(() => write(writer as Tx));
		sqlite.exec('COMMIT');
		return result;
	} catch (error) {
		if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		throw error;
	}
}

/** PostgreSQL's writing pool, for what must hold a session of its own (db/alone.ts); null on SQLite. */
export function postgresWriter(): PostgresConnection | null {
	const opened = open();
	return opened.engine === 'postgres' ? opened.writer : null;
}

/**
 * SQLite's connection for reports alone (read-only, to the same file), or null where there is
 * none: on PostgreSQL, and for an in-memory database, which a second connection could not see.
 */
export function sqliteReportConnection(): Connection | null {
	const opened = open();
	return opened.engine === 'sqlite' ? opened.reports : null;
}

/** After retention (ADR 51): SQLite's log written back and emptied; PostgreSQL vacuums its own. */
export function emptyWriteAheadLog(): Promise<boolean> {
	const opened = open();
	return opened.engine === 'postgres' ? Promise.resolve(true) : inTurn(emptyWriteAheadLogOf);
}

/** Whether a write would be stored now (the health check): asked in turn, like a transaction. */
export function isWritable(): Promise<boolean> {
	const opened = open();
	if (opened.engine === 'postgres') return pg().isPostgresWritable(opened.writer);
	return inTurn(isDatabaseWritable);
}

/** Whether the database answers a read (the health check). */
export async function isReachable(): Promise<boolean> {
	const opened = open();
	if (opened.engine === 'postgres') return await pg().isPostgresReachable(opened.reader);
	return isDatabaseReachable(opened.reader);
}

/**
 * The file DATABASE_URL names. process.env first: `$env/dynamic/private` is fixed when Vite loads
 * its config, so it misses variables set for the test run (and would send tests to the real file).
 */
export function databasePath(): string {
	return process.env.DATABASE_URL || env.DATABASE_URL || 'data/heard.db';
}

/**
 * Closes the connections (SQLite folds its write-ahead log back into the file; PostgreSQL's pools
 * finish what they are running); db() opens them again.
 */
export async function closeDatabase(): Promise<void> {
	const closing = connections;
	connections = undefined;
	migrated = undefined;
	if (closing?.engine === 'postgres') {
		// Five seconds for what is running to finish; a job still waiting on a mail server then
		// loses its connection, and the mail it was sending stays due in the outbox.
		const timeout = 5;
		await Promise.all([
			closing.reader.$client.end({ timeout }),
			closing.writer.$client.end({ timeout })
		]);
	} else if (closing) {
		if (closing.reader !== closing.writer) closing.reader.$client.close();
		closing.reports?.$client.close();
		closing.writer.$client.close();
	}
}
