// The databases `npm run admin:create` writes to (ADR 46): the SQLite file or PostgreSQL, each
// migrated as the app migrates it, with a "store" of the few reads and writes the rules in
// admin-create.js need, written in each engine's values.
import Database from 'better-sqlite3';
import { drizzle as drizzleSqlite } from 'drizzle-orm/better-sqlite3';
import { migrate as migrateSqlite } from 'drizzle-orm/better-sqlite3/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import postgres from 'postgres';
import { holdingMigrationLock, retryingClashes } from './postgres-turns.js';

/** SQLite: moments as milliseconds, flags as 0 and 1, JSON as text. */
function sqliteStore(sqlite) {
	const get = (query, values = []) => sqlite.prepare(query).get(...values);
	const run = (query, values) => void sqlite.prepare(query).run(...values);
	return {
		adminCanSignIn: () =>
			Boolean(
				get(
					"SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active = 1 AND u.password_hash IS NOT NULL"
				)
			),
		organisationNamed: () => Boolean(get("SELECT 1 FROM settings WHERE key = 'organisationName'")),
		account: (email) =>
			get(
				"SELECT id, active, EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = users.id AND r.role = 'admin') AS isAdmin FROM users WHERE email = ?",
				[email]
			),
		addAdministrator({ id, email, name, firstName, at }) {
			run(
				'INSERT INTO users (id, email, display_name, first_name, active, created_at) VALUES (?, ?, ?, ?, 1, ?)',
				[id, email, name, firstName, at]
			);
			run("INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')", [id]);
		},
		endUnusedLinks: (userId, at) =>
			run(
				"UPDATE password_links SET expires_at = ? WHERE used_at IS NULL AND expires_at > ? AND (purpose = 'first_admin' OR user_id = ?)",
				[at, at, userId]
			),
		addLink: ({ id, userId, tokenHash, expiresAt, at }) =>
			run(
				"INSERT INTO password_links (id, user_id, token_hash, purpose, expires_at, created_at) VALUES (?, ?, ?, 'first_admin', ?, ?)",
				[id, userId, tokenHash, expiresAt, at]
			),
		nameOrganisation: (organisation, at) =>
			run(
				"INSERT INTO settings (key, value, updated_at) VALUES ('organisationName', ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
				[JSON.stringify(organisation), at]
			),
		audit: (at, action, subjectType, subjectId, detail) =>
			run(
				'INSERT INTO audit_events (at, actor_id, action, subject_type, subject_id, detail) VALUES (?, NULL, ?, ?, ?, ?)',
				[at, action, subjectType, subjectId, JSON.stringify(detail)]
			)
	};
}

/**
 * PostgreSQL: moments as timestamptz (a Date), flags as booleans, JSON as jsonb. `sql.json`
 * serialises the value itself: JSON text passed to a jsonb parameter would be stored as a string.
 */
function postgresStore(sql) {
	const moment = (ms) => new Date(ms);
	return {
		adminCanSignIn: async () =>
			(
				await sql`SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin'
					WHERE u.active AND u.password_hash IS NOT NULL`
			).length > 0,
		organisationNamed: async () =>
			(await sql`SELECT 1 FROM settings WHERE key = 'organisationName'`).length > 0,
		account: async (email) =>
			(
				await sql`SELECT id, active, EXISTS (SELECT 1 FROM user_roles r
					WHERE r.user_id = users.id AND r.role = 'admin') AS "isAdmin"
					FROM users WHERE email = ${email}`
			)[0],
		async addAdministrator({ id, email, name, firstName, at }) {
			await sql`INSERT INTO users (id, email, display_name, first_name, active, created_at)
				VALUES (${id}, ${email}, ${name}, ${firstName}, true, ${moment(at)})`;
			await sql`INSERT INTO user_roles (user_id, role) VALUES (${id}, 'admin')`;
		},
		async endUnusedLinks(userId, at) {
			await sql`UPDATE password_links SET expires_at = ${moment(at)}
				WHERE used_at IS NULL AND expires_at > ${moment(at)}
				AND (purpose = 'first_admin' OR user_id = ${userId})`;
		},
		async addLink({ id, userId, tokenHash, expiresAt, at }) {
			await sql`INSERT INTO password_links (id, user_id, token_hash, purpose, expires_at, created_at)
				VALUES (${id}, ${userId}, ${tokenHash}, 'first_admin', ${moment(expiresAt)}, ${moment(at)})`;
		},
		async nameOrganisation(organisation, at) {
			await sql`INSERT INTO settings (key, value, updated_at)
				VALUES ('organisationName', ${sql.json(organisation)}, ${moment(at)})
				ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`;
		},
		async audit(at, action, subjectType, subjectId, detail) {
			await sql`INSERT INTO audit_events (at, actor_id, action, subject_type, subject_id, detail)
				VALUES (${moment(at)}, NULL, ${action}, ${subjectType}, ${subjectId}, ${sql.json(detail)})`;
		}
	};
}

/** The SQLite file, migrated; its transactions take the write lock first (IMMEDIATE). */
function openSqlite(url) {
	mkdirSync(dirname(resolve(url)), { recursive: true });
	const sqlite = new Database(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const migrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');
	migrateSqlite(drizzleSqlite(sqlite), { migrationsFolder });
	return {
		// Nothing else uses this connection, so awaiting inside BEGIN…COMMIT lets nothing in.
		async transaction(work) {
			sqlite.exec('BEGIN IMMEDIATE');
			try {
				const result = await work(sqliteStore(sqlite));
				sqlite.exec('COMMIT');
				return result;
			} catch (error) {
				sqlite.exec('ROLLBACK');
				throw error;
			}
		},
		close: async () => sqlite.close()
	};
}

/** Applies drizzle-pg/'s migrations, taking turns with servers that migrate as they start. */
async function migrateInTurn(sql, url) {
	// drizzle changes how the client it is given sends dates and JSON: the migrations get their own.
	const migrating = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await holdingMigrationLock(sql, () =>
			migratePostgres(drizzlePostgres(migrating), {
				migrationsFolder: resolve(process.env.MIGRATIONS_DIR_PG ?? 'drizzle-pg')
			})
		);
	} finally {
		await migrating.end();
	}
}

async function openPostgres(url) {
	const sql = postgres(url, { max: 2, onnotice: () => {} });
	// An open connection would keep the command running after the error is shown.
	await migrateInTurn(sql, url).catch(async (error) => {
		await sql.end();
		throw error;
	});
	return {
		// SERIALIZABLE, as every Heard transaction on PostgreSQL: a server writing the same rows at
		// the same moment makes one of the two fail whole, and the loser is run again.
		transaction: (work) =>
			retryingClashes(() =>
				sql.begin('isolation level serializable', (tx) => work(postgresStore(tx)))
			),
		close: () => sql.end()
	};
}

/** As db/engine.ts decides: a postgres:// address is PostgreSQL, anything else a SQLite file. */
export const openDatabase = (url) =>
	/^postgres(ql)?:\/\//i.test(url) ? openPostgres(url) : openSqlite(url);
