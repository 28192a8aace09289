// Loads a generated authority (an SQLite file from generate.js) into an empty PostgreSQL database
// with Heard's PostgreSQL schema, so both engines are measured on the same rows. Built for ten
// million statements: every table is streamed with COPY in text format inside one transaction
// that emptied it (COPY FREEZE: no second pass to set hint bits), the secondary indexes and
// foreign keys are dropped first and made again from their own definitions afterwards (one sort
// per index, one check per key, instead of ten million of each), then ANALYZE.
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { resolve } from 'node:path';
import postgres from 'postgres';
import { copyRows, encoderFor } from './postgres-copy.js';

/**
 * Applies drizzle-pg/'s migrations to the database `url` names, then fills every table with the
 * rows of the SQLite file at `source`. `log` hears about each large table as it is loaded.
 * @param {string} source
 * @param {string} url
 * @param {(line: string) => void} [log]
 * @returns {Promise<Record<string, number>>} rows loaded, by table
 */
export async function loadAuthority(source, url, log = () => {}) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	const watcher = postgres(url, { max: 1, onnotice: () => {} });
	const sqlite = new Database(source, { readonly: true });
	/** @type {Record<string, number>} */
	const loaded = {};
	try {
		await migrate(drizzle(sql), {
			migrationsFolder: resolve(import.meta.dirname, '../../drizzle-pg')
		});
		/** @type {{ table: string, name: string, type: string, counted: boolean }[]} */
		const columns = await sql`SELECT table_name AS table, column_name AS name, data_type AS type,
			is_identity = 'YES' OR coalesce(column_default LIKE 'nextval(%', false) AS counted
			FROM information_schema.columns WHERE table_schema = 'public'
			ORDER BY table_name, ordinal_position`;
		const tables = [...new Set(columns.map((c) => c.table))];
		await sql.begin(async (tx) => {
			await tx`SET LOCAL maintenance_work_mem = '1GB'`;
			/** @type {{ table: string, name: string, definition: string }[]} */
			const keys = await tx`SELECT conrelid::regclass::text AS table, conname AS name,
				pg_get_constraintdef(oid) AS definition FROM pg_constraint
				WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`;
			// Every index but those of primary keys and unique constraints (kept: they are
			// filled in key order, which is cheap, and the keys above depend on them).
			/** @type {{ name: string, definition: string }[]} */
			const indexes = await tx`SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
				FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid
				WHERE c.relnamespace = 'public'::regnamespace AND NOT EXISTS (SELECT 1 FROM pg_constraint k
					WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
				ORDER BY c.relname`;
			for (const key of keys)
				await tx.unsafe(`ALTER TABLE ${key.table} DROP CONSTRAINT "${key.name}"`);
			for (const index of indexes) await tx.unsafe(`DROP INDEX "${index.name}"`);
			// Heard's own triggers (the append-only audit log, the administrator's roles) would
			// refuse the TRUNCATE or check each row; the rows are the generator's, made as the app
			// makes them. The migrations' own rows (bank holidays) are in the file too.
			for (const table of tables) await tx.unsafe(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
			await tx.unsafe(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')}`);
			for (const table of tables) {
				const wanted = columns.filter((c) => c.table === table);
				const info = /** @type {{ name: string }[]} */ (sqlite.pragma(`table_info("${table}")`));
				const has = info.map((c) => c.name);
				const missing = wanted.filter((c) => !has.includes(c.name)).map((c) => c.name);
				if (has.length !== wanted.length || missing.length)
					throw new Error(
						`${table} differs between ${source} and drizzle-pg/ (${missing.join(', ') || 'extra columns'}): generate it again`
					);
				const names = wanted.map((c) => `"${c.name}"`).join(', ');
				const started = performance.now();
				const select = sqlite.prepare(`SELECT ${names} FROM "${table}"`).raw();
				const rows = /** @type {Iterable<unknown[]>} */ (select.iterate());
				const encoders = wanted.map((c) => encoderFor(c.type));
				const n = await copyRows(tx, watcher, table, names, rows, encoders);
				loaded[table] = n;
				const seconds = (performance.now() - started) / 1000;
				if (n >= 100_000) log(`${table}: ${n} rows in ${seconds.toFixed(1)} s`);
			}
			const started = performance.now();
			for (const index of indexes) await tx.unsafe(index.definition);
			for (const key of keys)
				await tx.unsafe(`ALTER TABLE ${key.table} ADD CONSTRAINT "${key.name}" ${key.definition}`);
			for (const table of tables) await tx.unsafe(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
			log(`indexes and keys in ${((performance.now() - started) / 1000).toFixed(1)} s`);
			// Rows copied with their own ids leave an identity's sequence behind them: the next
			// insert would take an id already used.
			for (const { table, name } of columns.filter((c) => c.counted)) {
				await tx.unsafe(`SELECT setval(pg_get_serial_sequence('"${table}"', '${name}'),
					(SELECT max("${name}") FROM "${table}"))`);
			}
		});
		await sql`ANALYZE`;
		return loaded;
	} finally {
		sqlite.close();
		await watcher.end();
		await sql.end();
	}
}
