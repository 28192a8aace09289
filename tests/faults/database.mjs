// Where the fault tests keep Heard's data, and how they read what it kept: a SQLite file
// (`npm test`), or, with HEARD_FAULTS_ON=postgres (`npm run test:postgres`), a database of its
// own on a PostgreSQL cluster started for the test file (ADR 46).
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import postgres from 'postgres';
import { postgresBin, startPostgres } from '../../scripts/postgres.js';
import { freshFolder } from './folders.mjs';

export const onPostgres = process.env.HEARD_FAULTS_ON === 'postgres';

let cluster;
let made = 0;

/** A new, empty database for one server (or several sharing it): a file's path, or an address. */
export async function freshDatabase() {
	if (!onPostgres) return join(freshFolder(), 'heard.db');
	cluster ??= await startPostgres();
	const name = `heard_faults_${++made}`;
	await withPostgres(cluster.url, (sql) => sql.unsafe(`CREATE DATABASE ${name}`));
	return Object.assign(new URL(cluster.url), { pathname: `/${name}` }).href;
}

/** Settings every server on `database` needs: on PostgreSQL, the key servers share (ADR 43). */
export const settingsFor = (database) =>
	database.startsWith('postgres') ? { HEARD_PLACE_KEY: 'the same key on every server' } : {};

async function withPostgres(url, use) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		return await use(sql);
	} finally {
		await sql.end();
	}
}

/** The rows `query` finds (with `$1`-style parameters on both engines), read apart from Heard. */
export async function rowsOf(database, query, ...parameters) {
	if (database.startsWith('postgres'))
		return [...(await withPostgres(database, (sql) => sql.unsafe(query, parameters)))];
	const db = new Database(database, { readonly: true });
	try {
		return db.prepare(query.replace(/\$\d+/g, '?')).all(...parameters);
	} finally {
		db.close();
	}
}

/**
 * Whether the database is sound: SQLite's integrity check; on PostgreSQL, amcheck's check of every
 * index on the statements table against its rows (a lost or doubled row would disagree).
 */
export async function integrityOf(database) {
	if (!database.startsWith('postgres')) {
		const db = new Database(database, { readonly: true });
		try {
			return db.pragma('integrity_check', { simple: true });
		} finally {
			db.close();
		}
	}
	return await withPostgres(database, async (sql) => {
		await sql`CREATE EXTENSION IF NOT EXISTS amcheck`;
		await sql`SELECT bt_index_check(index => i.indexrelid, heapallindexed => true)
			FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
			WHERE i.indrelid = 'statements'::regclass AND a.amname = 'btree'`;
		return 'ok';
	});
}

/**
 * A backup of the database taken while it is in use, checked readable: Heard's own backup for a
 * SQLite file (`npm run backup`), pg_dump for PostgreSQL, as the README says. Resolves to the
 * statements the copy holds.
 */
export async function backUp(database, target) {
	if (!database.startsWith('postgres')) {
		const { backupDatabase } = await import('../../scripts/backup.js');
		const written = await backupDatabase(database, target);
		const db = new Database(written, { readonly: true });
		try {
			if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new Error('corrupt copy');
			return db.prepare('SELECT count(*) AS n FROM statements').get().n;
		} finally {
			db.close();
		}
	}
	// Beside the server's own programs, or the one on the PATH (Debian's wrapper).
	const besideServer = join(postgresBin() ?? '', 'pg_dump');
	// Run beside the load, not blocking it: the servers' answers keep coming while it dumps.
	const { stdout: dump } = await promisify(execFile)(
		existsSync(besideServer) ? besideServer : 'pg_dump',
		['--dbname', database, '--format=plain', '--table=statements', '--data-only'],
		{ encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }
	);
	const copied = /COPY public\.statements [^\n]*\n([\s\S]*?)\n\\\.\n/.exec(dump);
	if (!copied) throw new Error('pg_dump wrote no statements');
	return copied[1] === '' ? 0 : copied[1].split('\n').length;
}
