import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { openDatabase, type Db } from './connection';

export type { Db, Reader, Tx } from './connection';

let instance: Db | undefined;

/**
 * Inside a transaction everything goes through the handle the transaction was given (ADR 0018).
 * In development and under the unit tests, reaching for the connection there is refused, so a
 * helper that forgot its handle fails a test instead of writing beside the transaction.
 */
const refuseInsideTransactions = dev || !!process.env.VITEST;

/**
 * The app's one database connection, opened on first use. Never opened while
 * SvelteKit analyses the app at build time, which would create an empty file.
 */
export function db(): Db {
	if (building) throw new Error('The database is not available while building.');
	instance ??= openDatabase(databasePath());
	if (refuseInsideTransactions && instance.$client.inTransaction) {
		throw new Error(
			'db() was called inside a transaction: use the handle the transaction was given.'
		);
	}
	return instance;
}

/**
 * The file DATABASE_URL names. process.env first: `$env/dynamic/private` is fixed when Vite loads
 * its config, so it misses variables set for the test run (and would send tests to the real file).
 */
export function databasePath(): string {
	return process.env.DATABASE_URL || env.DATABASE_URL || 'data/heard.db';
}

/** Closes the connection (its write-ahead log is folded back into the file); db() opens it again. */
export function closeDatabase(): void {
	instance?.$client.close();
	instance = undefined;
}
