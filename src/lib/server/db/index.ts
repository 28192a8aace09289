import { building } from '$app/environment';
import { env } from '$env/dynamic/private';
import { openDatabase, type Db } from './connection';

export type { Db } from './connection';

let instance: Db | undefined;

/**
 * The app's one database connection, opened on first use. Never opened while
 * SvelteKit analyses the app at build time, which would create an empty file.
 */
export function db(): Db {
	if (building) throw new Error('The database is not available while building.');
	// process.env first: `$env/dynamic/private` is fixed when Vite loads its config, so it misses
	// variables set for the test run (and would send tests to the real database file).
	instance ??= openDatabase(process.env.DATABASE_URL || env.DATABASE_URL || 'data/heard.db');
	return instance;
}
