import { eq } from 'drizzle-orm';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { createYoungPersonUser } from '$tests/fixtures/reports';
import { createSession, generateSessionToken, invalidateSession } from '../auth/session';
import { db } from '../db';
import { pushOutbox, pushSubscriptions, statements, youngPeople } from '../db/schema';
import { openStatement, replyToStatement } from '../inbox/mutations';
import { submitStatement } from '../statements/mutations';
import { switchLanguage } from '../languages/mutations';
import { deliverDuePush } from './deliver';
import { vapidSubject } from './keys';
import { readSubscription, turnOffPush, turnOnPush } from './subscriptions';

/**
 * A push service on localhost, as a phone's browser vendor runs one: it keeps each encrypted
 * request and answers with the status the test asks for.
 */
interface Received {
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}
let service: Server;
let origin: string;
const received: Received[] = [];
let answer = 201;

/** A browser's side of a subscription: its own P-256 key pair and auth secret. */
function newDevice(name: string) {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const auth = randomBytes(16);
	const subscription = {
		endpoint: `${origin}/send/${name}`,
		keys: { p256dh: ecdh.getPublicKey('base64url'), auth: auth.toString('base64url') }
	};
	/** What the phone reads: the request's body, decrypted with the device's private key. */
	const read = (push: Received) =>
		JSON.parse(
			ece
				.decrypt(push.body, {
					version: 'aes128gcm',
					privateKey: ecdh,
					authSecret: subscription.keys.auth
				})
				.toString('utf8')
		) as { title: string; body: string; icon: string; url: string };
	return { subscription, read };
}

const SECRET_WORDS = 'Nobody picks me at playtime and I cry in the toilets';
const REPLY_WORDS = 'Thank you for telling me, Zebedee, I will call your school';
const NAMES = ['Zebedee', 'Sam', 'Fiona'];

let worker: { id: string; email: string };
let manager: { id: string; email: string };
let youngPersonId: string;
let youngUserId: string;
let sessionId: string;

beforeAll(async () => {
	service = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			received.push({
				path: request.url ?? '',
				headers: request.headers,
				body: Buffer.concat(chunks)
			});
			response.writeHead(answer).end();
		});
	});
	await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
	process.env.PUSH_EXTRA_ORIGINS = origin;

	const team = createTeam('North');
	worker = await createStaff(['worker'], { email: 'sam@heard.example', firstName: 'Sam' });
	manager = await createStaff(['manager'], { email: 'fiona@heard.example', firstName: 'Fiona' });
	addToTeam(team, manager.id, 'manager');
	youngUserId = createYoungPersonUser();
	youngPersonId = createYoungPerson({
		teamId: team,
		preferredName: 'Zebedee',
		userId: youngUserId
	});
	allocate(youngPersonId, worker.id);
	sessionId = createSession(generateSessionToken(), youngUserId).id;
});

afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())));

beforeEach(() => {
	received.length = 0;
	answer = 201;
	db().delete(pushSubscriptions).run();
});

function send(kind: 'good_news' | 'worried') {
	const result = submitStatement(youngPersonId, youngUserId, {
		template: currentTemplate(kind),
		answers: { what: SECRET_WORDS },
		consentToShare: false,
		idempotencyKey: `${kind}-${Math.random()}`,
		meetingId: null
	});
	if (!('id' in result)) throw new Error(`not sent: ${JSON.stringify(result)}`);
	return result.id as string;
}

const asWorker = () => ({
	id: worker.id,
	displayName: 'Sam',
	firstName: 'Sam',
	roles: ['worker' as const]
});

function turnOn(userId: string, session: string, device: ReturnType<typeof newDevice>) {
	const usable = readSubscription(device.subscription);
	expect(usable).not.toBeNull();
	turnOnPush(userId, session, usable!);
}

describe("a young person's phone", () => {
	it('is told "You have a reply in Heard" when their worker replies: encrypted, with no words and no name', async () => {
		const phone = newDevice('phone');
		turnOn(youngUserId, sessionId, phone);
		const statementId = send('good_news');
		expect(
			replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r1'
			})
		).toBe('ok');

		expect(await deliverDuePush()).toEqual({ sent: 1, failed: 0 });
		expect(received).toHaveLength(1);
		const [push] = received;
		expect(push!.path).toBe('/send/phone');
		expect(push!.headers['content-encoding']).toBe('aes128gcm');
		expect(String(push!.headers.authorization)).toMatch(/^vapid t=.+, k=.+/);
		const raw = push!.body.toString('latin1');
		for (const words of [SECRET_WORDS, REPLY_WORDS, 'reply', ...NAMES])
			expect(raw).not.toContain(words);

		const shown = phone.read(push!);
		expect(shown).toEqual({
			title: 'Heard',
			body: 'You have a reply in Heard',
			icon: '/icons/heard-192.png',
			url: '/'
		});
		const everything = JSON.stringify(shown);
		for (const words of ['playtime', 'school', ...NAMES]) expect(everything).not.toContain(words);

		// Delivered once: asking again sends nothing more.
		expect(await deliverDuePush()).toEqual({ sent: 0, failed: 0 });
		expect(received).toHaveLength(1);
	});

	it('is told "Someone read what you sent" the first time staff open it, and only then', async () => {
		const phone = newDevice('reader');
		turnOn(youngUserId, sessionId, phone);
		const statementId = send('good_news');
		expect(openStatement(asWorker(), statementId)).toBe('ok');
		expect(openStatement(asWorker(), statementId)).toBe('ok');
		await deliverDuePush();
		expect(received.map((push) => phone.read(push).body)).toEqual(['Someone read what you sent']);
	});

	it('says "Notes", not Heard, when the young person chose that name for the app', async () => {
		db()
			.update(youngPeople)
			.set({ discreetApp: true })
			.where(eq(youngPeople.id, youngPersonId))
			.run();
		try {
			const phone = newDevice('discreet');
			turnOn(youngUserId, sessionId, phone);
			const statementId = send('good_news');
			replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r2'
			});
			await deliverDuePush();
			const shown = phone.read(received[0]!);
			expect(shown.title).toBe('Notes');
			expect(shown.body).toBe('You have a reply in Notes');
			expect(shown.icon).toBe('/icons/notes-192.png');
			expect(JSON.stringify(shown)).not.toContain('Heard');
		} finally {
			db()
				.update(youngPeople)
				.set({ discreetApp: false })
				.where(eq(youngPeople.id, youngPersonId))
				.run();
		}
	});

	it("is told in the young person's own language once it is turned on, and in English until then", async () => {
		const inWelsh = () =>
			db()
				.update(youngPeople)
				.set({ language: 'cy' })
				.where(eq(youngPeople.id, youngPersonId))
				.run();
		inWelsh();
		try {
			const phone = newDevice('welsh');
			turnOn(youngUserId, sessionId, phone);
			openStatement(asWorker(), send('good_news'));
			await deliverDuePush();
			expect(phone.read(received[0]!).body).toBe('Someone read what you sent');

			switchLanguage(await createStaff(['admin']), 'cy', true);
			const statementId = send('good_news');
			replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r-cy'
			});
			await deliverDuePush();
			expect(phone.read(received[1]!)).toMatchObject({
				title: 'Heard',
				body: 'Mae gen ti ateb yn Heard'
			});
		} finally {
			db()
				.update(youngPeople)
				.set({ language: 'en' })
				.where(eq(youngPeople.id, youngPersonId))
				.run();
		}
	});

	it('is told nothing once turned off, or once that sign-in has ended', async () => {
		const phone = newDevice('off');
		turnOn(youngUserId, sessionId, phone);
		turnOffPush(youngUserId, sessionId, phone.subscription.endpoint);
		const other = createSession(generateSessionToken(), youngUserId).id;
		turnOn(youngUserId, other, newDevice('signed-out'));
		invalidateSession(other);
		expect(db().select().from(pushSubscriptions).all()).toEqual([]);
		const statementId = send('good_news');
		replyToStatement(asWorker(), {
			statementId,
			body: REPLY_WORDS,
			isDecision: false,
			idempotencyKey: 'r3'
		});
		await deliverDuePush();
		expect(received).toEqual([]);
	});
});

describe('the push outbox', () => {
	it('is sent from a server on plain http too, naming its https origin only when it has one', async () => {
		const origin = process.env.ORIGIN;
		try {
			process.env.ORIGIN = 'http://localhost:3000';
			expect(vapidSubject()).toBe('mailto:no-reply@heard.invalid');
			turnOn(youngUserId, sessionId, newDevice('plain-http'));
			openStatement(asWorker(), send('good_news'));
			expect(await deliverDuePush()).toEqual({ sent: 1, failed: 0 });
			process.env.ORIGIN = 'https://heard.glenbrae.example';
			expect(vapidSubject()).toBe('https://heard.glenbrae.example');
		} finally {
			if (origin === undefined) delete process.env.ORIGIN;
			else process.env.ORIGIN = origin;
		}
	});

	it('keeps a push the push service refused, tries again later, and sends it once', async () => {
		const phone = newDevice('retry');
		turnOn(youngUserId, sessionId, phone);
		const statementId = send('good_news');
		openStatement(asWorker(), statementId);
		answer = 500;
		const t0 = new Date();
		expect(await deliverDuePush(t0)).toEqual({ sent: 0, failed: 1 });
		const [waiting] = db().select().from(pushOutbox).where(eq(pushOutbox.attempts, 1)).all();
		expect(waiting?.sentAt).toBeNull();
		expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());
		expect(await deliverDuePush(t0)).toEqual({ sent: 0, failed: 0 });

		answer = 201;
		const later = new Date(waiting!.nextAttemptAt.getTime() + 1);
		expect(await deliverDuePush(later)).toEqual({ sent: 1, failed: 0 });
		expect(await deliverDuePush(later)).toEqual({ sent: 0, failed: 0 });
		// Both tries carried the row as their Topic: a push service still holding the first replaces it.
		expect(received.map((push) => push.headers.topic)).toEqual([waiting!.id, waiting!.id]);
		expect(phone.read(received[1]!).body).toBe('Someone read what you sent');
	});

	it('forgets a device the push service no longer knows (410), with what waited for it', async () => {
		turnOn(youngUserId, sessionId, newDevice('gone'));
		openStatement(asWorker(), send('good_news'));
		answer = 410;
		await deliverDuePush();
		expect(db().select().from(pushSubscriptions).all()).toEqual([]);
		expect(db().select().from(pushOutbox).where(eq(pushOutbox.attempts, 0)).all()).toEqual([]);
	});
});

describe('staff who turned it on', () => {
	it('are told when something urgent arrives, and not of everyday statements', async () => {
		const managerSession = createSession(generateSessionToken(), manager.id).id;
		const workerSession = createSession(generateSessionToken(), worker.id).id;
		const managersPhone = newDevice('manager');
		const workersPhone = newDevice('worker');
		turnOn(manager.id, managerSession, managersPhone);
		turnOn(worker.id, workerSession, workersPhone);

		send('good_news');
		await deliverDuePush();
		expect(received).toEqual([]);

		const urgent = send('worried');
		expect(db().select().from(statements).where(eq(statements.id, urgent)).get()?.urgent).toBe(
			true
		);
		await deliverDuePush();
		const told = received.map((push) => push.path).sort();
		expect(told).toEqual(['/send/manager', '/send/worker']);
		for (const push of received) {
			const phone = push.path.endsWith('manager') ? managersPhone : workersPhone;
			const shown = phone.read(push);
			expect(shown.body).toBe('Something urgent is waiting in Heard');
			for (const words of ['playtime', ...NAMES])
				expect(JSON.stringify(shown)).not.toContain(words);
			expect(push.headers.urgency).toBe('high');
		}
	});
});

describe('a subscription Heard is given', () => {
	it('must point at a push service, never somewhere inside the network, and carry real keys', () => {
		const good = newDevice('check').subscription;
		expect(readSubscription(good)).not.toBeNull();
		for (const endpoint of [
			'http://10.0.0.5/admin',
			'https://intranet.council.example/push',
			'https://fcm.googleapis.com.evil.example/x',
			'file:///etc/passwd'
		])
			expect(readSubscription({ ...good, endpoint })).toBeNull();
		expect(
			readSubscription({ endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys: good.keys })
		).not.toBeNull();
		expect(
			readSubscription({ ...good, keys: { p256dh: 'short', auth: good.keys.auth } })
		).toBeNull();
		expect(readSubscription(null)).toBeNull();
	});
});
