import { eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, generateSessionToken } from '../auth/session';
import { db } from '../db';
import { pushOutbox, pushSubscriptions, statements } from '../db/schema';
import { openStatement } from '../inbox/mutations';
import { deliverDuePush } from './deliver';
import { vapidSubject } from './keys';
import { PUSH_TIME_TO_LIVE_MS } from './outbox';
import { DEVICES_PER_PERSON, readSubscription } from './subscriptions';
import { asWorker, device, NAMES, org, send, turnOn, usePushOrganisation } from './push.fixture';

// The push outbox's retries and refusals, staff told of urgent things, and the subscriptions Heard takes.
usePushOrganisation();

describe('the push outbox', () => {
	it('is sent from a server on plain http too, naming its https origin only when it has one', async () => {
		const origin = process.env.ORIGIN;
		try {
			process.env.ORIGIN = 'http://localhost:3000';
			expect(vapidSubject()).toBe('mailto:no-reply@heard.invalid');
			await turnOn(org.youngUserId, org.sessionId, device('plain-http'));
			await openStatement(asWorker(), await send('good_news'));
			expect(await deliverDuePush()).toEqual({ sent: 1, failed: 0 });
			process.env.ORIGIN = 'https://heard.glenbrae.example';
			expect(vapidSubject()).toBe('https://heard.glenbrae.example');
		} finally {
			if (origin === undefined) delete process.env.ORIGIN;
			else process.env.ORIGIN = origin;
		}
	});

	it('keeps a push the push service refused, tries again later, and sends it once', async () => {
		const phone = device('retry');
		await turnOn(org.youngUserId, org.sessionId, phone);
		const statementId = await send('good_news');
		await openStatement(asWorker(), statementId);
		org.service.answer.status = 500;
		const t0 = new Date();
		expect(await deliverDuePush(t0)).toEqual({ sent: 0, failed: 1 });
		const [waiting] = await db().select().from(pushOutbox).where(eq(pushOutbox.attempts, 1));
		expect(waiting?.sentAt).toBeNull();
		expect(waiting!.nextAttemptAt.getTime()).toBeGreaterThan(t0.getTime());
		expect(await deliverDuePush(t0)).toEqual({ sent: 0, failed: 0 });

		org.service.answer.status = 201;
		const later = new Date(waiting!.nextAttemptAt.getTime() + 1);
		expect(await deliverDuePush(later)).toEqual({ sent: 1, failed: 0 });
		expect(await deliverDuePush(later)).toEqual({ sent: 0, failed: 0 });
		// Both tries carried the row as their Topic: a push service still holding the first replaces it.
		expect(org.service.received.map((push) => push.headers.topic)).toEqual([
			waiting!.id,
			waiting!.id
		]);
		expect(phone.read(org.service.received[1]!).body).toBe('Someone read what you sent');
	});

	it('gives up a push not sent within a day: the push service would hold it no longer', async () => {
		await turnOn(org.youngUserId, org.sessionId, device('stale'));
		await openStatement(asWorker(), await send('good_news'));
		org.service.answer.status = 500;
		expect(await deliverDuePush()).toEqual({ sent: 0, failed: 1 });
		const dayAndMore = new Date(Date.now() + PUSH_TIME_TO_LIVE_MS + 60_000);
		org.service.answer.status = 201;
		expect(await deliverDuePush(dayAndMore)).toEqual({ sent: 0, failed: 0 });
		expect(await db().select().from(pushOutbox).where(isNull(pushOutbox.sentAt))).toEqual([]);
		expect(org.service.received).toHaveLength(1);
	});

	it('forgets a device the push service no longer knows (410), with what waited for it', async () => {
		await turnOn(org.youngUserId, org.sessionId, device('gone'));
		await openStatement(asWorker(), await send('good_news'));
		org.service.answer.status = 410;
		await deliverDuePush();
		expect(await db().select().from(pushSubscriptions)).toEqual([]);
		expect(await db().select().from(pushOutbox).where(eq(pushOutbox.attempts, 0))).toEqual([]);
	});
});

describe('staff who turned it on', () => {
	it('are told when something urgent arrives, and not of everyday statements', async () => {
		const managerSession = (await createSession(generateSessionToken(), org.manager.id)).id;
		const workerSession = (await createSession(generateSessionToken(), org.worker.id)).id;
		const managersPhone = device('manager');
		const workersPhone = device('worker');
		await turnOn(org.manager.id, managerSession, managersPhone);
		await turnOn(org.worker.id, workerSession, workersPhone);

		await send('good_news');
		await deliverDuePush();
		expect(org.service.received).toEqual([]);

		const urgent = await send('worried');
		expect(
			(await db().select().from(statements).where(eq(statements.id, urgent)).limit(1))[0]?.urgent
		).toBe(true);
		await deliverDuePush();
		const told = org.service.received.map((push) => push.path).sort();
		expect(told).toEqual(['/send/manager', '/send/worker']);
		for (const push of org.service.received) {
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
		const good = device('check').subscription;
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
		// The right length, but no point on the curve: nothing could ever be encrypted for it.
		const notAKey = 'B' + 'A'.repeat(86);
		expect(
			readSubscription({ ...good, keys: { p256dh: notAKey, auth: good.keys.auth } })
		).toBeNull();
		expect(readSubscription({ ...good, keys: { ...good.keys, auth: 'A'.repeat(30) } })).toBeNull();
		expect(readSubscription(null)).toBeNull();
	});

	it('is one of at most ten a person has: an eleventh puts out the oldest', async () => {
		const phones = Array.from({ length: DEVICES_PER_PERSON + 1 }, (_, i) => device(`many-${i}`));
		for (const phone of phones) await turnOn(org.youngUserId, org.sessionId, phone);
		const kept = (
			await db()
				.select({ endpoint: pushSubscriptions.endpoint })
				.from(pushSubscriptions)
				.where(eq(pushSubscriptions.userId, org.youngUserId))
		).map((row) => row.endpoint);
		expect(kept).toHaveLength(DEVICES_PER_PERSON);
		expect(kept).not.toContain(phones[0]!.subscription.endpoint);
		expect(kept).toContain(phones[DEVICES_PER_PERSON]!.subscription.endpoint);
	});
});
