// Fault tests: what a young person was told is "sent" must survive anything.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { rowsFor, sendMany } from './load.mjs';
import { freshDatabase } from './database.mjs';
import { sendGoodNews, signIn, startServer, stopped } from './server.mjs';

const running = new Set();
after(() => running.forEach((child) => child.kill('SIGKILL')));

async function start(port, database) {
	const server = await startServer({ port, database });
	running.add(server.child);
	return server;
}

test('every acknowledged statement survives kill -9 exactly once, and the database is intact', async () => {
	const database = await freshDatabase();
	const { child, base } = await start(4601, database);
	const cookies = await Promise.all(
		['jordan', 'leah', 'alex', 'ruby'].map((who) => signIn(base, who))
	);
	const results = await sendMany(base, cookies, {
		total: 400,
		concurrency: 16,
		trigger: 120,
		midway: () => child.kill('SIGKILL')
	});
	await stopped(child);

	const acknowledged = results.filter((r) => r.outcome === 'acknowledged').map((r) => r.key);
	assert.ok(
		acknowledged.length >= 120,
		`only ${acknowledged.length} were acknowledged before the kill`
	);
	assert.ok(
		results.some((r) => r.outcome !== 'acknowledged'),
		'the kill should have stopped some requests'
	);

	const restarted = await start(4601, database);
	assert.equal((await fetch(`${restarted.base}/healthz`)).status, 200);
	restarted.child.kill('SIGTERM');
	await stopped(restarted.child);

	const { counts, integrity } = await rowsFor(database, acknowledged);
	assert.deepEqual(
		counts.filter((n) => n !== 1),
		[],
		'an acknowledged statement is missing or doubled'
	);
	assert.equal(integrity, 'ok');
});

test('the same submission sent again (a lost response, a double tap) is stored once', async () => {
	const database = await freshDatabase();
	const { child, base } = await start(4602, database);
	const cookie = await signIn(base, 'jordan');
	const key = randomUUID();
	const outcomes = await Promise.all(
		[1, 2, 3].map(() => sendGoodNews(base, cookie, key, 'Sent three times'))
	);
	outcomes.push(await sendGoodNews(base, cookie, key, 'Sent three times'));
	assert.deepEqual(outcomes, ['acknowledged', 'acknowledged', 'acknowledged', 'acknowledged']);
	child.kill('SIGTERM');
	await stopped(child);
	assert.deepEqual((await rowsFor(database, [key])).counts, [1]);
});

test('SIGTERM lets requests in flight finish', async () => {
	const database = await freshDatabase();
	const { child, base } = await start(4603, database);
	const cookie = await signIn(base, 'jordan');
	const results = await sendMany(base, [cookie], {
		total: 60,
		concurrency: 8,
		trigger: 10,
		midway: () => child.kill('SIGTERM')
	});
	await stopped(child);
	// Requests the server had taken before SIGTERM get their answer. Later ones find it closed, or
	// find the idle keep-alive connection they were about to reuse closed under them: those never
	// reached the server, so they must have left nothing behind (a retry with the same key is safe).
	const answered = results.filter((r) => r.outcome === 'acknowledged');
	const cutOff = results.filter((r) => r.outcome === 'cut off');
	assert.ok(answered.length >= 10);
	assert.deepEqual(
		results.filter((r) => !['acknowledged', 'refused', 'cut off'].includes(r.outcome)),
		[]
	);
	assert.deepEqual(
		(
			await rowsFor(
				database,
				answered.map((r) => r.key)
			)
		).counts.filter((n) => n !== 1),
		[]
	);
	assert.deepEqual(
		(
			await rowsFor(
				database,
				cutOff.map((r) => r.key)
			)
		).counts.filter((n) => n !== 0),
		[],
		'a request was taken but its answer lost'
	);
});
