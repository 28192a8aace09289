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
	instance ??= openDatabase(env.DATABASE_URL || 'data/heard.db');
	return instance;
}
