// Fault tests: a backup or the retention task running does not lose or refuse statements.
// The backup is the one the README gives: `npm run backup` for SQLite, pg_dump for PostgreSQL.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { backUp, freshDatabase } from './database.mjs';
import { freshFolder } from './folders.mjs';
import { rowsFor, sendMany } from './load.mjs';
import { signIn, startServer, stopped } from './server.mjs';

let server;
after(() => server?.child.kill('SIGKILL'));

test('submissions during backups and retention runs are all stored, none refused', async () => {
	const database = await freshDatabase();
	server = await startServer({ port: 4604, database });
	const { base } = server;
	const cookies = await Promise.all(
		['jordan', 'leah', 'alex', 'ruby'].map((who) => signIn(base, who))
	);
	const admin = await signIn(base, 'admin@glenbrae.example');
	const folder = freshFolder('heard-busy-');

	let busy = true;
	const backups = (async () => {
		const copied = [];
		for (let i = 0; busy; i += 1) copied.push(await backUp(database, join(folder, `copy-${i}.db`)));
		return copied;
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
	const [copied, statuses] = await Promise.all([backups, retention]);

	assert.deepEqual(
		results.filter((r) => r.outcome !== 'acknowledged'),
		[],
		'a submission was refused or failed'
	);
	assert.ok(
		copied.length >= 1 && statuses.length >= 1,
		'the backup and retention each ran at least once'
	);
	assert.deepEqual([...new Set(statuses)], [200]);
	assert.deepEqual(
		(
			await rowsFor(
				database,
				results.map((r) => r.key)
			)
		).counts.filter((n) => n !== 1),
		[]
	);
	// Each copy is whole and readable, and none holds fewer statements than one taken before it.
	assert.ok(
		copied.every((n, i) => n > 0 && (i === 0 || n >= copied[i - 1])),
		String(copied)
	);
	server.child.kill('SIGTERM');
	await stopped(server.child);
});
