import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, transaction } from '../db';
import { mailOutbox, notifications, statements } from '../db/schema';
import { submitStatement } from '../statements/mutations';
import { currentTemplate } from '$lib/templates';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { runEscalation } from './escalation';
import { notifyYoungPersonReplied } from './notify';
import { createSmtpTransport, deliverDueMail } from './mailer';
import { setSetting } from '../settings';

/** A real SMTP server on a free local port, keeping every message it is given. */
function startSmtp(port = 0): Promise<{ server: SMTPServer; port: number; received: string[] }> {
	const received: string[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onData(stream, _session, callback) {
			let text = '';
			stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
			stream.on('end', () => {
				received.push(text);
				callback();
			});
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () =>
			resolve({ server, port: (server.server.address() as AddressInfo).port, received })
		);
	});
}
const stop = (server: SMTPServer) => new Promise<void>((resolve) => server.close(() => resolve()));

const SECRET_WORDS = 'Nobody picks me at playtime and I cry in the toilets';
let worker: { id: string; email: string };
let manager: { id: string; email: string };
let youngPersonId: string;
let actorId: string;

beforeAll(async () => {
	const team = await createTeam('North');
	worker = await createStaff(['worker'], { email: 'sam@heard.example' });
	manager = await createStaff(['manager'], { email: 'fiona@heard.example', firstName: 'Fiona' });
	await addToTeam(team, manager.id, 'manager');
	youngPersonId = await createYoungPerson({ teamId: team, preferredName: 'Zebedee' });
	await allocate(youngPersonId, worker.id);
	actorId = worker.id;
});

async function send(kind: 'good_news' | 'worried', at: Date) {
	const template = currentTemplate(kind);
	return await submitStatement(
		youngPersonId,
		actorId,
		{
			template,
			answers: { what: SECRET_WORDS },
			consentToShare: false,
			idempotencyKey: `${kind}-${at.getTime()}`,
			meetingId: null
		},
		at
	);
}
const outboxFor = async (to: string) =>
	await db().select().from(mailOutbox).where(eq(mailOutbox.to, to));

describe('email about a new statement', () => {
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	beforeAll(async () => (smtp = await startSmtp()));
	afterAll(() => stop(smtp.server));

	it('is delivered over SMTP, with a link and without the words or the name', async () => {
		await send('good_news', new Date());
		const result = await deliverDueMail(createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`));
		expect(result).toEqual({ sent: 1, failed: 0 });
		expect(smtp.received).toHaveLength(1);
		const message = smtp.received[0] ?? '';
		expect(message).toContain('sam@heard.example');
		expect(message).toContain('/worker/statements/');
		expect(message).not.toContain('playtime');
		expect(message).not.toContain('Zebedee');
		expect((await outboxFor(worker.email)).every((row) => row.sentAt !== null)).toBe(true);
	});
});

describe('while the SMTP server is down', () => {
	it('keeps mail in the outbox, retries later and delivers once it is back', async () => {
		const down = await startSmtp();
		const port = down.port;
		await stop(down.server);
		const t0 = new Date();
		await send('good_news', t0);
		const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
		expect(await deliverDueMail(transport, t0)).toEqual({ sent: 0, failed: 1 });
		const [waiting] = (await outboxFor(worker.email)).filter((row) => row.sentAt === null);
		expect(waiting?.attempts).toBe(1);
		expect(waiting?.lastError).toBeTruthy();
		expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());
		// Not due yet: nothing is tried.
		expect(await deliverDueMail(transport, t0)).toEqual({ sent: 0, failed: 0 });

		const back = await startSmtp(port);
		try {
			expect(
				await deliverDueMail(transport, new Date(waiting!.nextAttemptAt.getTime() + 1))
			).toEqual({ sent: 1, failed: 0 });
			expect(back.received).toHaveLength(1);
			expect((await outboxFor(worker.email)).filter((row) => row.sentAt === null)).toHaveLength(0);
		} finally {
			await stop(back.server);
		}
	});
});

describe('escalation of an unread urgent statement', () => {
	it('fires after the escalation time and not before, and emails the manager again', async () => {
		await transaction(async (tx) => await setSetting(tx, 'escalationHours', 2));
		const sentAt = new Date('2025-03-03T09:00:00Z');
		const { id } = await send('worried', sentAt);
		const managerMailsAtSend = (await outboxFor(manager.email)).length;
		expect(managerMailsAtSend).toBe(1);

		expect(await runEscalation(new Date('2025-03-03T10:59:00Z'))).toEqual([]);
		expect(
			(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]?.escalatedAt
		).toBeNull();

		const later = new Date('2025-03-03T11:01:00Z');
		expect(await runEscalation(later)).toEqual([id]);
		expect(
			(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]?.escalatedAt
		).toEqual(later);
		expect(await outboxFor(manager.email)).toHaveLength(2);
		expect((await outboxFor(manager.email)).map((r) => r.body).join()).not.toContain('playtime');
		const told = await db()
			.select()
			.from(notifications)
			.where(eq(notifications.kind, 'escalation'));
		expect(told.map((n) => n.userId)).toEqual([manager.id]);
		// Once is enough.
		expect(await runEscalation(new Date('2025-03-03T15:00:00Z'))).toEqual([]);
	});
});

describe('the escalation email', () => {
	let smtp: Awaited<ReturnType<typeof startSmtp>>;
	beforeAll(async () => (smtp = await startSmtp()));
	afterAll(() => stop(smtp.server));

	it('reaches the manager over SMTP with a link to the statement itself, and no words or name', async () => {
		await transaction(async (tx) => await setSetting(tx, 'escalationHours', 2));
		const sentAt = new Date('2025-05-05T09:00:00Z');
		const { id } = await send('worried', sentAt);
		const transport = createSmtpTransport(`smtp://127.0.0.1:${smtp.port}`);
		await deliverDueMail(transport, sentAt);
		smtp.received.length = 0;

		const later = new Date('2025-05-05T11:30:00Z');
		expect(await runEscalation(later)).toEqual([id]);
		expect(await deliverDueMail(transport, later)).toEqual({ sent: 1, failed: 0 });
		const message = (smtp.received[0] ?? '').replace(/=\r?\n/g, '');
		expect(message).toContain('fiona@heard.example');
		expect(message).toContain('still unread');
		expect(message).toMatch(new RegExp(`https?://[^\\s]+/worker/statements/${id}\\s`));
		expect(message).not.toContain('playtime');
		expect(message).not.toContain('Zebedee');
	});
});

describe('email when a young person answers back', () => {
	it('goes to the allocated worker with a link and nothing else', async () => {
		const { id } = await send('good_news', new Date('2025-04-01T09:00:00Z'));
		const before = (await outboxFor(worker.email)).length;
		await transaction(
			async (tx) => await notifyYoungPersonReplied(tx, id, new Date('2025-04-01T10:00:00Z'))
		);
		const rows = await outboxFor(worker.email);
		expect(rows).toHaveLength(before + 1);
		const mail = rows.find((r) => r.subject.includes('answered'));
		expect(mail?.body).toContain(`/worker/statements/${id}`);
		expect(mail?.body).not.toContain('Zebedee');
		expect(mail?.body).not.toContain('playtime');
	});
});
