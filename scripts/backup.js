// `npm run backup [target]`: a consistent copy of the live SQLite database, safe while
// the server runs. SQLite's online backup API copies page by page and restarts
// if a write lands mid-copy, so the copy is always one committed state.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Copies the database at `source` to `target` (default backups/heard-<timestamp>.db).
 * @param {string} source
 * @param {string} [target]
 * @returns {Promise<string>} the path written
 */
export async function backupDatabase(source, target) {
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const path = resolve(target ?? `backups/heard-${stamp}.db`);
	mkdirSync(dirname(path), { recursive: true });
	// Not read-only: a WAL database needs its shared-memory index, which a reader may have to create.
	const db = new Database(resolve(source), { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		await db.backup(path);
	} finally {
		db.close();
	}
	return path;
}

/**
 * On PostgreSQL there is no file to copy: the database's own tools back it up. The address is
 * left as "$DATABASE_URL", never printed, since it holds the database's password.
 */
const POSTGRES_BACKUPS = [
	'Heard: npm run backup copies a SQLite file; this Heard runs on PostgreSQL, so nothing was copied.',
	"On PostgreSQL, backups are the database's own. For a copy of the database now:",
	'',
	'  pg_dump --format=custom "$DATABASE_URL" > heard.dump',
	'',
	'(pg_restore puts it back.) To recover to any moment, not only the last dump, set up',
	'point-in-time recovery (WAL archiving) on the database server.'
].join('\n');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const source = process.env.DATABASE_URL || 'data/heard.db';
	// As db/engine.ts decides. Not a success: a scheduled backup must not report one it never made.
	if (/^postgres(ql)?:\/\//i.test(source)) {
		console.error(POSTGRES_BACKUPS);
		process.exitCode = 1;
	} else {
		try {
			const written = await backupDatabase(source, process.argv[2]);
			console.log(`Heard: backed up ${source} to ${written}`);
		} catch (error) {
			console.error(
				`Heard: the backup of ${source} failed: ${error instanceof Error ? error.message : error}`
			);
			process.exitCode = 1;
		}
	}
}
