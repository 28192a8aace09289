import { eq } from 'drizzle-orm';
import { createServer, type AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { transaction } from '../../src/lib/server/db';
import { mailOutbox } from '../../src/lib/server/db/schema';
import { deliverDueMail } from '../../src/lib/server/notifications/mailer';
import { startMailThread } from '../../src/lib/server/notifications/mail-thread';

/**
 * A mail server and a look at the database on a thread of their own, so that they go on while
 * the test holds Heard's own thread: it accepts an email a quarter of a second after the whole
 * of it has arrived, then, half a second later, reads whether the email's row is marked sent.
 */
const MAIL_SERVER = `
const { parentPort, workerData } = require('node:worker_threads');
const { SMTPServer } = require('smtp-server');
const postgres = require('postgres');
const database = postgres(workerData.databaseUrl, { max: 1, onnotice: () => {} });
const server = new SMTPServer({
	authOptional: true,
	disabledCommands: ['STARTTLS'],
	onData(stream, session, callback) {
		let text = '';
		stream.on('data', (chunk) => (text += chunk));
		stream.on('end', () => {
			parentPort.postMessage({ arrived: true });
			setTimeout(() => {
				callback();
				const id = /Message-ID: <([^@>]+)@/i.exec(text)[1];
				setTimeout(async () => {
					const [row] = await database\`SELECT sent_at IS NOT NULL AS marked FROM mail_outbox WHERE id = \${id}\`;
					parentPort.postMessage({ markedSoonAfter: row.marked });
				}, 500);
			}, 250);
		});
	}
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
`;

async function startMailServerThread() {
	const thread = new Worker(MAIL_SERVER, {
		eval: true,
		workerData: { databaseUrl: process.env.DATABASE_URL }
	});
	const told = (key: string) =>
		new Promise<unknown>((resolve) =>
			thread.on('message', (message) => key in message && resolve(message[key]))
		);
	const port = await told('port');
	return { url: `smtp://127.0.0.1:${port}`, told, stop: () => thread.terminate() };
}

/** Holds this thread, as a busy moment's pages do: nothing else here runs meanwhile. */
const holdThisThread = (ms: number) =>
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

async function queueMail(to: string) {
	const [mail] = await transaction((tx) =>
		tx
			.insert(mailOutbox)
			.values({ to, subject: 'Urgent', body: 'Read it', nextAttemptAt: new Date() })
			.returning()
	);
	return mail!.id;
}

const stops: (() => unknown)[] = [];
afterAll(async () => {
	for (const stop of stops) await stop();
});

describe('the mail thread', () => {
	it("marks an email sent once it is accepted, while the server's own thread is held", async () => {
		const mailServer = await startMailServerThread();
		const thread = startMailThread(mailServer.url, process.env.DATABASE_URL!);
		stops.push(mailServer.stop, thread.stop);
		const id = await queueMail('worker@example.invalid');
		const arrived = mailServer.told('arrived');
		const marked = mailServer.told('markedSoonAfter');
		const delivering = deliverDueMail(thread, new Date());
		await arrived;
		holdThisThread(2000);
		expect(await marked).toBe(true);
		expect(await delivering).toEqual({ sent: 1, failed: 0 });
		const [row] = await transaction((tx) =>
			tx.select().from(mailOutbox).where(eq(mailOutbox.id, id))
		);
		expect(row!.sentAt).not.toBeNull();
		expect(row!.attempts).toBe(0);
	});

	it('leaves an email it could not send due, with the reason, to be tried again', async () => {
		// A port nothing listens on: the mail server is down.
		const thread = startMailThread('smtp://127.0.0.1:9', process.env.DATABASE_URL!);
		stops.push(thread.stop);
		const id = await queueMail('down@example.invalid');
		const now = new Date();
		expect(await deliverDueMail(thread, now)).toEqual({ sent: 0, failed: 1 });
		const [row] = await transaction((tx) =>
			tx.select().from(mailOutbox).where(eq(mailOutbox.id, id))
		);
		expect(row!.sentAt).toBeNull();
		expect(row!.attempts).toBe(1);
		expect(row!.lastError).toMatch(/ECONNREFUSED/);
		expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
	});

	it('leaves the email it was sending due, untouched, when it stops with the server', async () => {
		// A mail server that takes the connection and never answers, as a hung one does.
		const hung = createServer(() => {});
		await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
		stops.push(() => new Promise((resolve) => hung.close(resolve)));
		const port = (hung.address() as AddressInfo).port;
		const thread = startMailThread(`smtp://127.0.0.1:${port}`, process.env.DATABASE_URL!);
		const id = await queueMail('hung@example.invalid');
		const delivering = deliverDueMail(thread, new Date());
		await new Promise((resolve) => setTimeout(resolve, 300));
		await thread.stop();
		expect(await delivering).toEqual({ sent: 0, failed: 0 });
		const [row] = await transaction((tx) =>
			tx.select().from(mailOutbox).where(eq(mailOutbox.id, id))
		);
		expect(row!.sentAt).toBeNull();
		expect(row!.attempts).toBe(0);
		expect(row!.lastError).toBeNull();
		// Stopped, it sends nothing more, and the email stays as it was.
		expect(await deliverDueMail(thread, new Date())).toEqual({ sent: 0, failed: 0 });
		const [after] = await transaction((tx) =>
			tx.select().from(mailOutbox).where(eq(mailOutbox.id, id))
		);
		expect(after).toEqual(row);
	});
});
