import { AsyncLocalStorage } from 'node:async_hooks';
import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { isDatabaseWritable, openDatabase, openReader, type Connection } from './connection';
import type { Reader, Tx } from './connection';

export type { Db, Reader, Tx } from './connection';

let connections: { reader: Connection; writer: Connection } | undefined;

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
 * Opened on first use: the writer (which applies the migrations) and then a read-only connection
 * to the same file; one connection for an in-memory database, which a second could not see.
 * Never opened while SvelteKit analyses the app at build time, which would create an empty file.
 */
function open(): { reader: Connection; writer: Connection } {
	if (building) throw new Error('The database is not available while building.');
	if (!connections) {
		const path = databasePath();
		const writer = openDatabase(path);
		connections = { writer, reader: path === ':memory:' ? writer : openReader(path) };
	}
	return connections;
}

/** The connection every read outside a write uses. It cannot write: writes go through `transaction`. */
export function db(): Reader {
	const { reader } = open();
	if (refuseInsideTransactions && insideTransaction.getStore()?.open) {
		throw new Error(
			'db() was called inside a transaction: use the handle the transaction was given.'
		);
	}
	return reader;
}

/** Whatever uses the one writing connection waits its turn, in the order asked (ADR 0044). */
let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(use: (writer: Connection) => T | Promise<T>): Promise<T> {
	const turn = queue.then(() => use(open().writer));
	queue = turn.catch(() => undefined);
	return turn;
}

/**
 * Runs `write` as one transaction: all of it is stored, or (if it throws) none of it. Every write
 * in Heard goes through here and passes on the handle it is given. Transactions run one at a
 * time, in the order they were asked for; one asked for inside another would wait for itself,
 * so it is refused.
 */
export function transaction<T>(write: (tx: Tx) => Promise<T>): Promise<T> {
	if (insideTransaction.getStore()?.open) {
		return Promise.reject(new Error('A transaction was opened inside a transaction.'));
	}
	return inTurn((writer) => runTransaction(writer, write));
}

async function runTransaction<T>(writer: Connection, write: (tx: Tx) => Promise<T>): Promise<T> {
	const sqlite = writer.$client;
	const state = { open: true };
	sqlite.exec('BEGIN IMMEDIATE');
	try {
		const result = await insideTransaction.run(state, () => write(writer as Tx));
		sqlite.exec('COMMIT');
		return result;
	} catch (error) {
		if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		throw error;
	} finally {
		state.open = false;
	}
}

/** Whether a write would be stored now (the health check): asked in turn, like a transaction. */
export function isWritable(): Promise<boolean> {
	return inTurn(isDatabaseWritable);
}

/**
 * The file DATABASE_URL names. process.env first: `$env/dynamic/private` is fixed when Vite loads
 * its config, so it misses variables set for the test run (and would send tests to the real file).
 */
export function databasePath(): string {
	return process.env.DATABASE_URL || env.DATABASE_URL || 'data/heard.db';
}

/** Closes the connections (the write-ahead log is folded back into the file); db() opens them again. */
export function closeDatabase(): void {
	if (connections && connections.reader !== connections.writer) connections.reader.$client.close();
	connections?.writer.$client.close();
	connections = undefined;
}
