// Fault test on PostgreSQL (ADR 46): two Heard servers share one database, with no sticky
// sessions; one is killed with SIGKILL under load. What a young person was told is "sent" must
// be stored exactly once, and every email sent exactly once.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import postgres from 'postgres';
import { startMailCatcher } from '../../../scripts/bench/mail.js';
import { startPostgres } from '../../../scripts/postgres.js';
import { sendMany } from '../../faults/load.mjs';
import { signIn, startServer, stopped } from '../../faults/server.mjs';

let cluster;
let admin;
const running = new Set();
before(async () => {
	cluster = await startPostgres();
	admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
});
after(async () => {
	running.forEach((child) => child.kill('SIGKILL'));
	await admin?.end();
	cluster?.stop();
});

/** A database of its own on the run's server. */
async function freshDatabase(name) {
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = new URL(cluster.url);
	url.pathname = `/${name}`;
	return url.href;
}

async function start(port, database, smtpUrl) {
	const env = { HEARD_PLACE_KEY: 'the same key on every server', SMTP_URL: smtpUrl };
	const server = await startServer({ port, database, env });
	running.add(server.child);
	return server;
}

test('two servers, one killed mid-load: every acknowledged statement kept once, every email sent once', async () => {
	const database = await freshDatabase('heard_two_servers');
	const mail = await startMailCatcher();
	// The first migrates and seeds the demo; the second finds both done.
	const a = await start(4611, database, mail.url);
	const b = await start(4612, database, mail.url);
	// Signed in on one server, used on both: a session is in the database, not in a server.
	const cookies = await Promise.all(
		['jordan', 'leah', 'alex', 'ruby'].map((who) => signIn(a.base, who))
	);
	const bases = [a.base, b.base];
	const results = await sendMany(bases, cookies, {
		total: 300,
		concurrency: 12,
		trigger: 100,
		midway: () => a.child.kill('SIGKILL')
	});
	await stopped(a.child);

	const acknowledged = results.filter((r) => r.outcome === 'acknowledged').map((r) => r.key);
	assert.ok(acknowledged.length >= 150, `only ${acknowledged.length} were acknowledged`);
	assert.ok(
		results.some((r) => r.outcome !== 'acknowledged'),
		'the kill should have cut off some requests to the killed server'
	);

	const sql = postgres(database, { max: 1, onnotice: () => {} });
	try {
		const rows = await sql`SELECT idempotency_key AS key, count(*)::int AS n FROM statements
			WHERE idempotency_key IN ${sql(acknowledged)} GROUP BY idempotency_key`;
		assert.equal(rows.length, acknowledged.length, 'an acknowledged statement is missing');
		assert.deepEqual(
			rows.filter((r) => r.n !== 1),
			[],
			'an acknowledged statement is doubled'
		);

		// The surviving server takes the mail up: everything in the outbox is sent, and once.
		const deadline = Date.now() + 60_000;
		let due = -1;
		while (Date.now() < deadline) {
			[{ due }] = await sql`SELECT count(*)::int AS due FROM mail_outbox WHERE sent_at IS NULL`;
			if (due === 0) break;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		assert.equal(due, 0, 'mail was left in the outbox');
		const [{ total }] = await sql`SELECT count(*)::int AS total FROM mail_outbox`;
		assert.ok(
			total >= acknowledged.length,
			`${total} emails for ${acknowledged.length} statements`
		);
		assert.equal(new Set(mail.messageIds).size, mail.messageIds.length, 'an email was sent twice');
		assert.equal(mail.messageIds.length, total, 'the emails accepted are not the outbox');
	} finally {
		await sql.end();
		b.child.kill('SIGTERM');
		await stopped(b.child);
		void mail.stop();
	}
});
