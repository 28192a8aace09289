import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createStaff } from '$tests/fixtures';
import { createSession, generateSessionToken, invalidateSession } from '../auth/session';
import { db, transaction } from '../db';
import { pushSubscriptions, youngPeople } from '../db/schema';
import { openStatement, replyToStatement } from '../inbox/mutations';
import { switchLanguage } from '../languages/mutations';
import { deliverDuePush } from './deliver';
import { turnOffPush } from './subscriptions';
import {
	asWorker,
	device,
	NAMES,
	org,
	REPLY_WORDS,
	SECRET_WORDS,
	send,
	turnOn,
	usePushOrganisation
} from './push.fixture';

// What a young person's phone is told: a fixed sentence, encrypted, never words or a name.
usePushOrganisation();

describe("a young person's phone", () => {
	it('is told "You have a reply in Heard" when their worker replies: encrypted, with no words and no name', async () => {
		const phone = device('phone');
		await turnOn(org.youngUserId, org.sessionId, phone);
		const statementId = await send('good_news');
		expect(
			await replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r1'
			})
		).toBe('ok');

		expect(await deliverDuePush()).toEqual({ sent: 1, failed: 0 });
		expect(org.service.received).toHaveLength(1);
		const [push] = org.service.received;
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
		expect(org.service.received).toHaveLength(1);
	});

	it('is told "Someone read what you sent" the first time staff open it, and only then', async () => {
		const phone = device('reader');
		await turnOn(org.youngUserId, org.sessionId, phone);
		const statementId = await send('good_news');
		expect(await openStatement(asWorker(), statementId)).toBe('ok');
		expect(await openStatement(asWorker(), statementId)).toBe('ok');
		await deliverDuePush();
		expect(org.service.received.map((push) => phone.read(push).body)).toEqual([
			'Someone read what you sent'
		]);
	});

	it('says "Notes", not Heard, when the young person chose that name for the app', async () => {
		await transaction(async (tx) => {
			await tx
				.update(youngPeople)
				.set({ discreetApp: true })
				.where(eq(youngPeople.id, org.youngPersonId));
		});
		try {
			const phone = device('discreet');
			await turnOn(org.youngUserId, org.sessionId, phone);
			const statementId = await send('good_news');
			await replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r2'
			});
			await deliverDuePush();
			const shown = phone.read(org.service.received[0]!);
			expect(shown.title).toBe('Notes');
			expect(shown.body).toBe('You have a reply in Notes');
			expect(shown.icon).toBe('/icons/notes-192.png');
			expect(JSON.stringify(shown)).not.toContain('Heard');
		} finally {
			await transaction(async (tx) => {
				await tx
					.update(youngPeople)
					.set({ discreetApp: false })
					.where(eq(youngPeople.id, org.youngPersonId));
			});
		}
	});

	it("is told in the young person's own language once it is turned on, and in English until then", async () => {
		const inWelsh = async () =>
			await transaction(async (tx) => {
				await tx
					.update(youngPeople)
					.set({ language: 'cy' })
					.where(eq(youngPeople.id, org.youngPersonId));
			});
		await inWelsh();
		try {
			const phone = device('welsh');
			await turnOn(org.youngUserId, org.sessionId, phone);
			await openStatement(asWorker(), await send('good_news'));
			await deliverDuePush();
			expect(phone.read(org.service.received[0]!).body).toBe('Someone read what you sent');

			await switchLanguage(await createStaff(['admin']), 'cy', true);
			const statementId = await send('good_news');
			await replyToStatement(asWorker(), {
				statementId,
				body: REPLY_WORDS,
				isDecision: false,
				idempotencyKey: 'r-cy'
			});
			await deliverDuePush();
			expect(phone.read(org.service.received[1]!)).toMatchObject({
				title: 'Heard',
				body: 'Mae gen ti ateb yn Heard'
			});
		} finally {
			await transaction(async (tx) => {
				await tx
					.update(youngPeople)
					.set({ language: 'en' })
					.where(eq(youngPeople.id, org.youngPersonId));
			});
		}
	});

	it('is told nothing once turned off, or once that sign-in has ended', async () => {
		const phone = device('off');
		await turnOn(org.youngUserId, org.sessionId, phone);
		await turnOffPush(org.youngUserId, org.sessionId, phone.subscription.endpoint);
		const other = (await createSession(generateSessionToken(), org.youngUserId)).id;
		await turnOn(org.youngUserId, other, device('signed-out'));
		await invalidateSession(other);
		expect(await db().select().from(pushSubscriptions)).toEqual([]);
		const statementId = await send('good_news');
		await replyToStatement(asWorker(), {
			statementId,
			body: REPLY_WORDS,
			isDecision: false,
			idempotencyKey: 'r3'
		});
		await deliverDuePush();
		expect(org.service.received).toEqual([]);
	});
});
