import { sql } from 'drizzle-orm';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import postgres from 'postgres';
import * as schema from './schema-pg';
import { holdingMigrationLock } from '../../../../scripts/postgres-turns.js';

/** Heard's connection pool to PostgreSQL (docs/adr/0046-heard-on-postgresql.md). */
export type PostgresConnection = PostgresJsDatabase<typeof schema> & { $client: postgres.Sql };

/** How many connections each pool may hold; two pools per server (reading, writing). */
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE) || 10;

/**
 * The pools one server keeps: `writer` for transactions, and `reader`, whose sessions are
 * read-only, for every read outside a write, as the second SQLite connection is: a write sent
 * to it by mistake fails instead of being stored outside a transaction.
 */
export function openPostgres(url: string): {
	reader: PostgresConnection;
	writer: PostgresConnection;
} {
	const pool = (readOnly: boolean) =>
		drizzle(
			preparingEveryQuery(
				postgres(url, {
					max: POOL_SIZE,
					onnotice: () => {},
					// Every moment is stored as timestamptz and read back as a Date; UTC keeps the
					// database's own date arithmetic (the reports') the same on every server.
					connection: {
						TimeZone: 'UTC',
						...(readOnly ? { default_transaction_read_only: true } : {})
					}
				})
			),
			{ schema }
		) as PostgresConnection;
	return { reader: pool(true), writer: pool(false) };
}

/**
 * drizzle asks postgres.js to prepare only the queries it was given a name for, so every other
 * query is parsed and planned again each time it runs: a page's dozen reads paid that each time.
 * postgres.js keeps what each connection prepared by the query's text, and Heard's queries have
 * few shapes, so here every query run outside a transaction follows the client's own setting:
 * prepared, unless the address says `?prepare=false` (for a pooler such as PgBouncer in
 * transaction mode, where a prepared statement does not outlive its transaction).
 */
function preparingEveryQuery(client: postgres.Sql): postgres.Sql {
	const own = client.unsafe.bind(client);
	const preparing = (...[query, parameters, options]: Parameters<typeof own>) =>
		own(query, parameters, { ...options, prepare: client.options.prepare });
	client.unsafe = preparing as typeof own;
	return client;
}

/**
 * Applies drizzle-pg/'s migrations not yet applied. Servers starting together take turns
 * (an advisory lock), so a migration is never applied twice at once.
 */
export async function migratePostgres(writer: PostgresConnection): Promise<void> {
	await holdingMigrationLock(writer.$client, () =>
		migrate(writer, { migrationsFolder: resolve(process.env.MIGRATIONS_DIR_PG ?? 'drizzle-pg') })
	);
}

export async function isPostgresReachable(reader: PostgresConnection): Promise<boolean> {
	try {
		return (await reader.execute(sql`SELECT 1 AS ok`)).length === 1;
	} catch {
		return false;
	}
}

/**
 * Whether a write would be stored now: the server is the primary (not a standby still
 * recovering) and accepts writes. A full disk fails a write here as it would fail a send.
 */
export async function isPostgresWritable(writer: PostgresConnection): Promise<boolean> {
	try {
		await writer.transaction(async (tx) => {
			await tx.execute(sql`CREATE TEMPORARY TABLE heard_write_check (n integer) ON COMMIT DROP`);
			await tx.execute(sql`INSERT INTO heard_write_check VALUES (1)`);
		});
		return true;
	} catch {
		return false;
	}
}
