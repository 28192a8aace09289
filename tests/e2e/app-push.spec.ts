import { expect, test, type Browser, type Page } from '@playwright/test';
import { createPublicKey, verify } from 'node:crypto';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryDatabase } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import {
	newDevice,
	startPushService,
	type Device,
	type ReceivedPush
} from '../helpers/push-service';
import { loginAs, signedInPage } from '../helpers/session';

/*
 * Notifications, end to end: Heard's own server sends to a push service on localhost started
 * here, and the test reads each push as the phone would, with the subscription's private key.
 *
 * What the browser does and what it cannot: people turn notifications on and off with the
 * real buttons, on the real pages and their real scripts (permission asked, PUT /push, the
 * page redrawn), and quick exit and signing out are real taps. Only the browser's own
 * subscribe is stood in for: Chromium refuses push in a Playwright context, which is an
 * incognito one ("Chrome currently does not support the Push API in incognito mode",
 * crbug.com/41124656), and in an ordinary profile its subscribe waits for ever on Google's push
 * service, which is not reachable here. So PushManager.subscribe hands the page a subscription
 * whose keys this test made; everything after it is Heard's own.
 */

let service: Awaited<ReturnType<typeof startPushService>>;
let received: ReceivedPush[];
let own: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;
let pushOrigin: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	service = await startPushService();
	({ received, origin: pushOrigin } = service);
	database = freshDatabasePath();
	own = await startOwnServer({ DATABASE_URL: database, PUSH_EXTRA_ORIGINS: pushOrigin });
});

test.afterAll(async () => {
	await own?.stop();
	await service.close();
});

const devices = () =>
	queryDatabase<{ endpoint: string }>(database, 'SELECT endpoint FROM push_subscriptions');
const queuedPushes = () =>
	queryDatabase<{ n: number }>(database, 'SELECT count(*) AS n FROM push_outbox')[0]!.n;
const heardsPublicKey = () =>
	queryDatabase<{ key: string }>(database, 'SELECT public_key AS key FROM push_keys')[0]!.key;

/** A phone's subscription on this test's push service. */
const deviceNamed = (name: string) => newDevice(pushOrigin, name);

/** A browser whose PushManager.subscribe answers with this device (see the top of the file). */
async function browserThatSubscribes(browser: Browser, device: Device, phone = true) {
	const context = await browser.newContext({
		...(phone ? PHONE : {}),
		permissions: ['notifications']
	});
	await context.addInitScript((subscription) => {
		let current: PushSubscription | null = null;
		PushManager.prototype.getSubscription = async () => current;
		PushManager.prototype.subscribe = async (options) => {
			(window as unknown as { askedWithKey: unknown }).askedWithKey = options?.applicationServerKey;
			current = {
				endpoint: subscription.endpoint,
				expirationTime: null,
				toJSON: () => ({ ...subscription, expirationTime: null }),
				unsubscribe: async () => {
					current = null;
					return true;
				}
			} as unknown as PushSubscription;
			return current;
		};
	}, device.subscription);
	return context;
}

/** The Authorization header is Heard's VAPID signature (RFC 8292), made with its own key. */
function expectSignedByHeard(push: ReceivedPush) {
	const [, jwt, key] = /^vapid t=([^,]+), k=(.+)$/.exec(String(push.headers.authorization)) ?? [];
	expect(key).toBe(heardsPublicKey());
	const [header, claims, signature] = jwt!.split('.');
	const point = Buffer.from(key!, 'base64url');
	const publicKey = createPublicKey({
		format: 'jwk',
		key: {
			kty: 'EC',
			crv: 'P-256',
			x: point.subarray(1, 33).toString('base64url'),
			y: point.subarray(33).toString('base64url')
		}
	});
	const signed = Buffer.from(`${header}.${claims}`);
	const bytes = Buffer.from(signature!, 'base64url');
	expect(verify('sha256', signed, { key: publicKey, dsaEncoding: 'ieee-p1363' }, bytes)).toBe(true);
	expect(JSON.parse(Buffer.from(claims!, 'base64url').toString()).aud).toBe(pushOrigin);
}

async function waitForPushes(count: number) {
	await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
}

async function turnOnInSettings(child: Page) {
	await child.goto(`${own.base}/me/settings`);
	const section = child.getByRole('region', { name: 'Tell me when someone answers' });
	await expect(section.getByText('Off for this phone.')).toBeVisible();
	await section.getByRole('button', { name: 'Turn on' }).click();
	await expect(section.getByRole('status')).toHaveText('Done. This phone will tell you.');
	await expect(section.getByText('On for this phone.')).toBeVisible();
	return section;
}

test('a young person turns notifications on, is told "You have a reply" with no words and no name, and one tap turns them off', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const device = deviceNamed('maya');
	const phone = await browserThatSubscribes(browser, device);
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	await child.goto(`${own.base}/me/settings`);
	const section = child.getByRole('region', { name: 'Tell me when someone answers' });
	await expect(section.getByText(/never says what anyone wrote/)).toBeVisible();
	await turnOnInSettings(child);
	// The page asked the browser for a subscription to Heard's own VAPID key.
	expect(
		await child.evaluate(() => (window as unknown as { askedWithKey: unknown }).askedWithKey)
	).toBe(heardsPublicKey());
	expect(devices().map((d) => d.endpoint)).toEqual([device.subscription.endpoint]);
	await expectNoAccessibilityViolations(child);

	// Her worker opens what she sent and replies, in words that must never reach the phone's screen.
	const sam = await signedInPage(browser, 'sam', { base: own.base });
	await sam.page
		.getByRole('row')
		.filter({ hasText: 'Share good news' })
		.filter({ has: sam.page.getByRole('link', { name: 'Maya' }) })
		.getByRole('link', { name: 'Maya' })
		.click();
	await expect(sam.page.getByText('I got a star for my reading!')).toBeVisible();
	await sam.page
		.getByLabel('Your reply to Maya')
		.fill('Brilliant news, Maya. Auntie Jen must be proud.');
	await sam.page.getByRole('button', { name: 'Send reply' }).click();
	await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);
	await sam.close();

	await waitForPushes(2);
	expect(received.every((push) => push.path === '/send/maya')).toBe(true);
	received.forEach(expectSignedByHeard);
	const shown = received.map((push) => device.read(push));
	expect(shown.map((s) => s.body).sort()).toEqual([
		'Someone read what you sent',
		'You have a reply in Heard'
	]);
	for (const push of received) {
		const everything = `${JSON.stringify(device.read(push))} ${push.body.toString('latin1')}`;
		for (const words of ['star', 'reading', 'Brilliant', 'Auntie', 'Maya', 'Sam'])
			expect(everything).not.toContain(words);
	}

	// One tap turns it off, and the server forgets this phone.
	await section.getByRole('button', { name: 'Turn off' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'Done. This phone will not tell you any more.'
	);
	await expect(section.getByText('Off for this phone.')).toBeVisible();
	expect(devices()).toEqual([]);
	await phone.close();
});

test('quick exit stops notifications on that phone: Heard forgets it and tells it nothing more', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const phone = await browserThatSubscribes(browser, deviceNamed('quick-exit'));
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	await turnOnInSettings(child);
	expect(devices()).toHaveLength(1);
	await child.getByRole('link', { name: 'Quick exit' }).click();
	await expect(child).not.toHaveURL(new RegExp(`^${own.base}`));
	await expect.poll(devices).toEqual([]);

	// Her worker replies to her again: nothing is queued for the phone, and nothing sent.
	const [goodNews] = queryDatabase<{ id: string }>(
		database,
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Maya' AND s.kind = 'good_news' LIMIT 1"
	);
	const before = { queued: queuedPushes(), sent: received.length };
	const sam = await signedInPage(browser, 'sam', { base: own.base });
	await sam.page.goto(`${own.base}/worker/statements/${goodNews!.id}`);
	await sam.page.getByLabel('Your reply to Maya').fill('See you on Thursday, Maya.');
	await sam.page.getByRole('button', { name: 'Send reply' }).click();
	await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);
	await sam.close();
	expect(queuedPushes()).toBe(before.queued);
	expect(received.length).toBe(before.sent);
	await phone.close();
});

test('signing out stops notifications on that phone', async ({ browser }) => {
	const phone = await browserThatSubscribes(browser, deviceNamed('signing-out'));
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	await turnOnInSettings(child);
	expect(devices()).toHaveLength(1);
	await child.getByRole('button', { name: 'Sign out' }).click();
	await expect(child).toHaveURL(/\/login|\/$/);
	expect(devices()).toEqual([]);
	await phone.close();
});

test('a worker who turns it on is told "Something urgent is waiting" when a worry arrives, with no words and no name', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const device = deviceNamed('sam');
	const desk = await browserThatSubscribes(browser, device, false);
	const sam = await desk.newPage();
	await loginAs(sam, 'sam', own.base);
	await sam.goto(`${own.base}/worker/notifications`);
	const section = sam.getByRole('region', {
		name: 'Tell me on this device when something urgent arrives'
	});
	await expect(section.getByText('Off for this device.')).toBeVisible();
	await section.getByRole('button', { name: 'Turn on' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'Done. This device will tell you when something urgent arrives.'
	);
	await expect(section.getByText('On for this device.')).toBeVisible();
	await expectNoAccessibilityViolations(sam);

	const before = received.length;
	const phone = await browser.newContext(PHONE);
	const child = await phone.newPage();
	await loginAs(child, 'jordan', own.base);
	await child.goto(`${own.base}/me/say/worried`);
	await child
		.getByLabel("What's happening? What are you worried about?")
		.fill('A man at the bus stop keeps asking for my address');
	await child.getByRole('button', { name: 'Send' }).click();
	await expect(child).not.toHaveURL(/\/me\/say\/worried$/);
	await phone.close();

	await waitForPushes(before + 1);
	const pushes = received.slice(before).filter((push) => push.path === '/send/sam');
	expect(pushes).toHaveLength(1);
	expectSignedByHeard(pushes[0]!);
	expect(pushes[0]!.headers.urgency).toBe('high');
	const shown = device.read(pushes[0]!);
	expect(shown).toMatchObject({ body: 'Something urgent is waiting in Heard' });
	for (const words of ['bus', 'address', 'Jordan'])
		expect(JSON.stringify(shown)).not.toContain(words);

	await section.getByRole('button', { name: 'Turn off' }).click();
	await expect(section.getByRole('status')).toHaveText(
		'Done. This device will not tell you any more.'
	);
	expect(devices()).toEqual([]);
	await desk.close();
});

test('Heard takes a subscription only from someone signed in, and only for a push service', async ({
	browser
}) => {
	const stranger = await browser.newContext();
	const refused = await stranger.request.put(`${own.base}/push`, {
		data: deviceNamed('stranger').subscription,
		maxRedirects: 0
	});
	expect([303, 401]).toContain(refused.status());
	await stranger.close();

	const phone = await browser.newContext(PHONE);
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	const inside = { ...deviceNamed('x').subscription, endpoint: 'http://10.0.0.5/admin' };
	expect((await child.request.put(`${own.base}/push`, { data: inside })).status()).toBe(400);
	expect(devices()).toEqual([]);
	await phone.close();
});
