import { expect, test } from '@playwright/test';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import ece from 'http_ece';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryDatabase } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { loginAs, signedInPage } from '../helpers/session';

/*
 * Notifications, end to end: Heard's own server sends to a push service on localhost started
 * here, and the test reads each push as the phone would, with the subscription's private key.
 * Headless Chromium has no push service of its own (its pushManager.subscribe needs Google's),
 * so the subscription is made here, with node's crypto, and registered through the same
 * endpoint the settings page's script uses, with the young person's own sign-in.
 */

interface Received {
	path: string;
	body: Buffer;
}
let service: Server;
const received: Received[] = [];
let own: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	service = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			received.push({ path: request.url ?? '', body: Buffer.concat(chunks) });
			response.writeHead(201).end();
		});
	});
	await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
	database = freshDatabasePath();
	own = await startOwnServer({ DATABASE_URL: database, PUSH_EXTRA_ORIGINS: origin });
	(globalThis as { pushOrigin?: string }).pushOrigin = origin;
});

test.afterAll(async () => {
	await own?.stop();
	await new Promise<void>((resolve) => service.close(() => resolve()));
});

const pushOrigin = () => (globalThis as { pushOrigin?: string }).pushOrigin!;
const devices = () =>
	queryDatabase<{ endpoint: string }>(database, 'SELECT endpoint FROM push_subscriptions');

function newDevice(name: string) {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const auth = randomBytes(16).toString('base64url');
	const subscription = {
		endpoint: `${pushOrigin()}/send/${name}`,
		keys: { p256dh: ecdh.getPublicKey('base64url'), auth }
	};
	const read = (push: Received) =>
		ece
			.decrypt(push.body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth })
			.toString('utf8');
	return { subscription, read };
}

async function waitForPushes(count: number) {
	await expect.poll(() => received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(count);
}

test('a reply reaches the young person\'s phone as "You have a reply", with no words and no name; one tap turns it off', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const phone = await browser.newContext(PHONE);
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	await child.goto(`${own.base}/me/settings`);
	const section = child.getByRole('region', { name: 'Tell me when someone answers' });
	await expect(section.getByText('Off for this phone.')).toBeVisible();
	await expect(section.getByText(/never shows what anyone wrote/)).toBeVisible();

	const device = newDevice('maya');
	const registered = await child.request.put(`${own.base}/push`, { data: device.subscription });
	expect(registered.status()).toBe(204);
	await child.reload();
	await expect(section.getByText('On for this phone.')).toBeVisible();
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
	const shown = received.map(
		(push) => JSON.parse(device.read(push)) as { title: string; body: string }
	);
	expect(received.every((push) => push.path === '/send/maya')).toBe(true);
	expect(shown.map((s) => s.body).sort()).toEqual([
		'Someone read what you sent',
		'You have a reply in Heard'
	]);
	for (const push of received) {
		const everything = `${device.read(push)} ${push.body.toString('latin1')}`;
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

test('signing out forgets the phone, so it is told nothing more', async ({ browser }) => {
	const phone = await browser.newContext(PHONE);
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	const device = newDevice('signing-out');
	expect(
		(await child.request.put(`${own.base}/push`, { data: device.subscription })).status()
	).toBe(204);
	expect(devices().map((d) => d.endpoint)).toEqual([device.subscription.endpoint]);
	await child.getByRole('button', { name: 'Sign out' }).click();
	await expect(child).toHaveURL(/\/login|\/$/);
	expect(devices()).toEqual([]);
	await phone.close();
});

test('Heard takes a subscription only from someone signed in, and only for a push service', async ({
	browser
}) => {
	const stranger = await browser.newContext();
	const refused = await stranger.request.put(`${own.base}/push`, {
		data: newDevice('stranger').subscription,
		maxRedirects: 0
	});
	expect([303, 401]).toContain(refused.status());
	await stranger.close();

	const phone = await browser.newContext(PHONE);
	const child = await phone.newPage();
	await loginAs(child, 'maya', own.base);
	const inside = { ...newDevice('x').subscription, endpoint: 'http://10.0.0.5/admin' };
	expect((await child.request.put(`${own.base}/push`, { data: inside })).status()).toBe(400);
	expect(devices()).toEqual([]);
	await phone.close();
});
