import Database from 'better-sqlite3';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db/connection';
import { backupDatabase } from './backup.js';

const dir = mkdtempSync(join(tmpdir(), 'heard-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run backup', () => {
	it('copies a live database, WAL and all, and the copy restores with the data', async () => {
		const live = openDatabase(join(dir, 'live.db'));
		// Left open and mid-use, as the running server would be; these rows sit in the WAL.
		live.$client
			.prepare("INSERT INTO teams (id, name, created_at) VALUES ('t1', 'Backup test team', 1)")
			.run();
		live.$client
			.prepare(
				"INSERT INTO settings (key, value, updated_at) VALUES ('organisationName', '\"Restored Council\"', 1)"
			)
			.run();

		const copy = await backupDatabase(join(dir, 'live.db'), join(dir, 'copies', 'heard-copy.db'));
		live.$client
			.prepare("INSERT INTO teams (id, name, created_at) VALUES ('t2', 'After the backup', 2)")
			.run();

		// Restore = use the copy as DATABASE_URL: it opens, migrations find nothing to do, the data is there.
		const restored = openDatabase(copy);
		const teams = restored.$client.prepare('SELECT name FROM teams ORDER BY name').all();
		expect(teams).toEqual([{ name: 'Backup test team' }]);
		expect(
			restored.$client.prepare("SELECT value FROM settings WHERE key = 'organisationName'").get()
		).toEqual({ value: '"Restored Council"' });
		expect(restored.$client.pragma('integrity_check', { simple: true })).toBe('ok');
		restored.$client.close();
		live.$client.close();
	});

	it('runs as a script on DATABASE_URL and writes to the path given', () => {
		const source = join(dir, 'script.db');
		const db = new Database(source);
		db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept');");
		db.close();
		const target = join(dir, 'script-copy.db');
		const output = execFileSync(process.execPath, ['scripts/backup.js', target], {
			env: { ...process.env, DATABASE_URL: source },
			encoding: 'utf8'
		});
		expect(output).toContain(target);
		const copy = new Database(target, { readonly: true });
		expect(copy.prepare('SELECT x FROM t').get()).toEqual({ x: 'kept' });
		copy.close();
	});

	it('on PostgreSQL copies nothing, says how to back it up, and fails so a schedule notices', () => {
		const target = join(dir, 'from-postgres.db');
		// As a scheduled job runs it; nothing listens at this address, and nothing needs to.
		const run = spawnSync('npm', ['run', 'backup', '--', target], {
			env: { ...process.env, DATABASE_URL: 'postgres://heard:s3cret@db.invalid:5432/heard' },
			encoding: 'utf8'
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain("On PostgreSQL, backups are the database's own");
		expect(run.stderr).toContain('pg_dump --format=custom "$DATABASE_URL" > heard.dump');
		expect(run.stderr).toContain('point-in-time recovery (WAL archiving)');
		expect(run.stdout).not.toContain('backed up');
		expect(run.stdout + run.stderr).not.toContain('s3cret');
		expect(existsSync(target)).toBe(false);
	});
});
