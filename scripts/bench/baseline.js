// The yardsticks the benchmark divides by, measured on this machine in the same run.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Single-row transactions per second, with the app's pragmas, on the same disk as the data. */
export function sqliteTransactionsPerSecond(dir, seconds = 3) {
	const folder = mkdtempSync(join(dir ?? tmpdir(), 'heard-baseline-'));
	const db = new Database(join(folder, 'baseline.db'));
	db.pragma('journal_mode = WAL');
	db.pragma('synchronous = FULL');
	db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
	const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
	const once = db.transaction(() => insert.run('{"what":"Something I want my worker to know."}'));
	const until = performance.now() + seconds * 1000;
	let n = 0;
	const started = performance.now();
	while (performance.now() < until) {
		once();
		n += 1;
	}
	const rate = n / ((performance.now() - started) / 1000);
	db.close();
	rmSync(folder, { recursive: true, force: true });
	return rate;
}

/**
 * Milliseconds for one GROUP BY scan of the statements table. NOT INDEXED keeps it a scan of
 * the table itself: since an index holds `kind` (statements_meeting_idx, for reports), SQLite
 * would otherwise answer from that index, a tenth of the size, and the yardstick would change.
 */
export function groupByScanMs(path) {
	const db = new Database(path, { readonly: true });
	const started = performance.now();
	db.prepare('SELECT kind, count(*) AS n FROM statements NOT INDEXED GROUP BY kind').all();
	const ms = performance.now() - started;
	db.close();
	return ms;
}
