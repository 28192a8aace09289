// Fault test on PostgreSQL: a database Heard cannot reach or use at start is explained to whoever
// starts it, in words that say what to check, without the password, and the server stops.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, test } from 'node:test';
import { startPostgres } from '../../../scripts/postgres.js';
import { startAndWaitForExit } from '../../faults/server.mjs';

let cluster;
before(async () => (cluster = await startPostgres()));
after(() => cluster?.stop());

/** A port on this machine that nothing listens on. */
const closedPort = () =>
	new Promise((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
	});

function assertExplained({ code, output }, why) {
	assert.equal(code, 1, output);
	assert.match(output, /Heard cannot start: it cannot use its PostgreSQL database/);
	assert.match(output, why);
	assert.match(output, /Check that the database server is running/);
	assert.ok(!output.includes('a-secret-password'), 'the password was printed');
	assert.doesNotMatch(output, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
}

test('no database server at the address: a clear message, no password, no stack trace', async () => {
	const url = `postgres://heard:a-secret-password@127.0.0.1:${await closedPort()}/heard`;
	const ran = await startAndWaitForExit({ DATABASE_URL: url, HEARD_PLACE_KEY: 'a key' });
	assertExplained(ran, /ECONNREFUSED/);
	assert.match(ran.output, /postgres:\/\/heard:\*\*\*\*@127\.0\.0\.1/);
});

test('a database that does not exist on the server: the same, with the server’s reason', async () => {
	const url = new URL(cluster.url);
	url.password = 'a-secret-password';
	url.pathname = '/no_such_database';
	const ran = await startAndWaitForExit({ DATABASE_URL: url.href, HEARD_PLACE_KEY: 'a key' });
	assertExplained(ran, /3D000: database "no_such_database" does not exist/);
});
