// Fault tests: a backup or the retention task running does not lose or refuse statements.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { backupDatabase } from '../../scripts/backup.js';
import { rowsFor, sendMany } from './load.mjs';
import { freshDatabasePath, freshFolder, signIn, startServer, stopped } from './server.mjs';

let server;
after(() => server?.child.kill('SIGKILL'));

test('submissions during backups and retention runs are all stored, none refused', async () => {
	const database = freshDatabasePath();
	server = await startServer({ port: 4604, database });
	const { base } = server;
	const cookies = await Promise.all(
		['jordan', 'leah', 'alex', 'ruby'].map((who) => signIn(base, who))
	);
	const admin = await signIn(base, 'admin@glenbrae.example');
	const folder = freshFolder('heard-busy-');

	let busy = true;
	const backups = (async () => {
		const written = [];
		for (let i = 0; busy; i += 1)
			written.push(await backupDatabase(database, join(folder, `copy-${i}.db`)));
		return written;
	})();
	const retention = (async () => {
		const statuses = [];
		while (busy) {
			const response = await fetch(`${base}/admin/retention`, {
				method: 'POST',
				headers: {
					origin: base,
					cookie: admin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ confirm: 'yes' })
			});
			await response.arrayBuffer();
			statuses.push(response.status);
		}
		return statuses;
	})();

	const results = await sendMany(base, cookies, {
		total: 300,
		concurrency: 8,
		trigger: 0,
		midway: () => {}
	});
	busy = false;
	const [written, statuses] = await Promise.all([backups, retention]);

	assert.deepEqual(
		results.filter((r) => r.outcome !== 'acknowledged'),
		[],
		'a submission was refused or failed'
	);
	assert.ok(
		written.length >= 1 && statuses.length >= 1,
		'the backup and retention each ran at least once'
	);
	assert.deepEqual([...new Set(statuses)], [200]);
	assert.deepEqual(
		rowsFor(
			database,
			results.map((r) => r.key)
		).counts.filter((n) => n !== 1),
		[]
	);
	for (const copy of written) {
		const db = new Database(copy, { readonly: true });
		assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
		db.close();
	}
	server.child.kill('SIGTERM');
	await stopped(server.child);
});
