// Fault test: a mail server that never answers must not keep Heard from stopping (a restart,
// a deploy), and the mail it was sending is not lost: it goes once a mail server answers. A
// mail server that answers in a moment is waited for, so the restart does not send it again.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, test } from 'node:test';
import { startMailCatcher } from '../../scripts/bench/mail.js';
import { freshDatabase, rowsOf } from './database.mjs';
import { signIn, startServer, stopped } from './server.mjs';

const running = new Set();
const closing = [];
after(() => {
	running.forEach((child) => child.kill('SIGKILL'));
	closing.forEach((close) => close());
});

/** A TCP server that takes connections and never says a word, as a hung mail server does. */
function silentMailServer() {
	const sockets = new Set();
	const server = createServer((socket) => sockets.add(socket));
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () =>
			resolve({
				url: `smtp://127.0.0.1:${server.address().port}`,
				connected: () => sockets.size > 0,
				stop: () => {
					sockets.forEach((s) => s.destroy());
					server.close();
				}
			})
		)
	);
}

/** Jordan's urgent statement, as the form sends it: their worker is emailed. */
const sendWorry = (base, cookie) =>
	fetch(`${base}/me/say/worried?/send`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({
			worry_about: 'home',
			what: 'Something is wrong at home.',
			idempotencyKey: `stop-${Date.now()}-${Math.random()}`
		})
	});

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const unsentMail = (database) =>
	rowsOf(database, 'SELECT "to" FROM mail_outbox WHERE sent_at IS NULL');

test('SIGTERM stops the server promptly while a mail server hangs, and the mail is sent after', async () => {
	const database = await freshDatabase();
	const silent = await silentMailServer();
	closing.push(silent.stop);
	const server = await startServer({ port: 4605, database, env: { SMTP_URL: silent.url } });
	running.add(server.child);
	const cookie = await signIn(server.base, 'jordan');
	const sent = await sendWorry(server.base, cookie);
	assert.equal(sent.status, 303, 'the urgent statement was not sent');
	for (let i = 0; i < 100 && !silent.connected(); i += 1) await sleep(100);
	assert.ok(silent.connected(), 'Heard never tried to deliver the worker’s email');

	const asked = performance.now();
	server.child.kill('SIGTERM');
	const exited = await Promise.race([stopped(server.child).then(() => true), sleep(10_000)]);
	assert.equal(exited, true, 'the server was still running 10 s after SIGTERM');
	assert.ok(performance.now() - asked < 10_000);
	silent.stop();
	const waiting = await unsentMail(database);
	assert.ok(waiting.length > 0, 'the mail being sent when Heard stopped was marked sent');

	const mail = await startMailCatcher();
	closing.push(mail.stop);
	const restarted = await startServer({ port: 4605, database, env: { SMTP_URL: mail.url } });
	running.add(restarted.child);
	for (let i = 0; i < 100 && (await unsentMail(database)).length > 0; i += 1) await sleep(100);
	restarted.child.kill('SIGTERM');
	await stopped(restarted.child);
	await mail.stop();
	assert.deepEqual(await unsentMail(database), [], 'mail was left unsent after the restart');
	for (const { to } of waiting) assert.ok(mail.accepted.has(to), `no mail reached ${to}`);
});

test('SIGTERM while an email is being accepted: it is marked sent before the server stops, and not sent again', async () => {
	const database = await freshDatabase();
	const slow = await startMailCatcher({ holdMs: 1500 });
	closing.push(slow.stop);
	const server = await startServer({ port: 4605, database, env: { SMTP_URL: slow.url } });
	running.add(server.child);
	const cookie = await signIn(server.base, 'jordan');
	assert.equal(
		(await sendWorry(server.base, cookie)).status,
		303,
		'the urgent statement was not sent'
	);
	for (let i = 0; i < 100 && slow.arrived() === 0; i += 1) await sleep(50);
	assert.ok(slow.arrived() > 0, 'Heard never sent the worker’s email');

	// Stopped while the mail server holds the email, a second and a half before it accepts it.
	server.child.kill('SIGTERM');
	const exited = await Promise.race([stopped(server.child).then(() => true), sleep(10_000)]);
	assert.equal(exited, true, 'the server was still running 10 s after SIGTERM');
	assert.equal(slow.messageIds.length, 1, 'the mail server did not accept the email');
	// Heard's Message-ID is `<row id@domain>`.
	const accepted = /^<([^@>]+)@/.exec(slow.messageIds[0])?.[1];
	const marked = await rowsOf(database, 'SELECT id FROM mail_outbox WHERE sent_at IS NOT NULL');
	assert.deepEqual(
		marked.map((row) => row.id),
		[accepted],
		'the email accepted was left to be sent again'
	);

	// The restart sends what was not sent (the manager's copy), and the accepted email not again.
	const restarted = await startServer({ port: 4605, database, env: { SMTP_URL: slow.url } });
	running.add(restarted.child);
	for (let i = 0; i < 100 && (await unsentMail(database)).length > 0; i += 1) await sleep(100);
	restarted.child.kill('SIGTERM');
	await stopped(restarted.child);
	const outbox = await rowsOf(database, 'SELECT id FROM mail_outbox');
	assert.equal(slow.messageIds.length, outbox.length, 'not every email was sent once');
	assert.equal(new Set(slow.messageIds).size, slow.messageIds.length, 'an email was sent twice');
});
