import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import * as sqliteSchema from '../../src/lib/server/db/schema/sqlite';
import * as pgSchema from '../../src/lib/server/db/schema-pg';

const root = resolve(import.meta.dirname, '..', '..');

/**
 * A new, empty PostgreSQL database on the run's server with drizzle-pg/'s migrations applied,
 * and a way to drop it.
 */
export async function migratedPostgres() {
	const server = inject('postgresUrl');
	const name = `heard_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
	const admin = postgres(server, { max: 1, onnotice: () => {} });
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(server);
	url.pathname = `/${name}`;
	const sql = postgres(url.href, { max: 4, onnotice: () => {} });
	const db = drizzle(sql, { schema: pgSchema });
	await migrate(db, { migrationsFolder: resolve(root, 'drizzle-pg') });
	return {
		sql,
		db,
		async drop() {
			await sql.end();
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await admin.end();
		}
	};
}

/** An in-memory SQLite database with drizzle/'s migrations, opened as the app opens its own. */
export function migratedSqlite() {
	const sqlite = new Database(':memory:');
	sqlite.pragma('foreign_keys = ON');
	const db = drizzleSqlite(sqlite, { schema: sqliteSchema });
	migrateSqlite(db, { migrationsFolder: resolve(root, 'drizzle') });
	return { sqlite, db };
}
