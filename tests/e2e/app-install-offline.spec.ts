import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { loginAs } from '../helpers/session';
import {
	keepPagesForOffline,
	keptAddresses,
	keptPages,
	withServiceWorker
} from '../helpers/offline';

test.use(PHONE);
test.describe.configure({ timeout: 90_000 });

test('Heard can be installed: a valid manifest with icons, and an active service worker', async ({
	page,
	context
}) => {
	await loginAs(page, 'jordan');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	expect(href).toBe('/manifest.webmanifest');
	const response = await page.request.get(href!);
	expect(response.headers()['content-type']).toContain('application/manifest+json');
	const manifest = await response.json();
	expect(manifest).toMatchObject({
		name: 'Heard',
		short_name: 'Heard',
		start_url: '/',
		scope: '/',
		display: 'standalone'
	});
	const sizes = manifest.icons.map((icon: { sizes: string }) => icon.sizes);
	expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
	for (const icon of manifest.icons) {
		const file = await page.request.get(icon.src);
		expect(file.status(), icon.src).toBe(200);
		expect(file.headers()['content-type'], icon.src).toContain(icon.type);
	}
	await withServiceWorker(page);
	const state = await page.evaluate(
		async () => (await navigator.serviceWorker.ready).active?.state
	);
	expect(state).toBe('activated');
	// The browser's own verdict on the manifest it read from the page.
	const cdp = await context.newCDPSession(page);
	const read = await cdp.send('Page.getAppManifest');
	expect(read.errors).toEqual([]);
	expect(JSON.parse(read.data!).name).toBe('Heard');
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	// The one reason left is the test's own browser: its contexts are private windows.
	expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
});

test('with no signal, home, a say form and My things open as last seen, with a note', async ({
	page,
	context
}) => {
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me', '/me/say/worried', '/me/things', '/me/about', '/help']);
	await context.setOffline(true);
	await page.goto('/me');
	await expect(page.getByRole('heading', { name: 'Hi Jordan', level: 1 })).toBeVisible();
	await expect(page.getByText("You're offline.")).toBeVisible();
	// Tapping through as a child would, with the app's scripts running.
	await page.getByRole('link', { name: /I'm worried/ }).click();
	await expect(page).toHaveURL(/\/me\/say\/worried$/);
	await expect(page.getByRole('button', { name: 'Send' })).toBeVisible();
	await expect(page.getByText("You're offline.")).toBeVisible();
	await page.goto('/me/things');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByText("You're offline.")).toBeVisible();
	// A page never opened is not on the phone: it says so, and quick exit is still there.
	await page.goto('/me/settings');
	await expect(page.getByRole('heading', { name: "You're offline" })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
	await context.setOffline(false);
});

test('staff pages are never kept on the device', async ({ page }) => {
	await loginAs(page, 'sam');
	await withServiceWorker(page);
	const inbox = await page.goto('/worker');
	expect(inbox?.fromServiceWorker()).toBe(false);
	await page.goto('/worker/notifications');
	const kept = Object.values(await keptAddresses(page)).flat();
	expect(kept.filter((path) => !path.startsWith('/_app/'))).not.toContainEqual(
		expect.stringMatching(/^\/(worker|manager|lead|admin|account)/)
	);
	expect(await keptPages(page)).toEqual([]);
});

test('a young person can have Heard on their home screen as "Notes" with a notebook', async ({
	page,
	context
}) => {
	await loginAs(page, 'leah');
	await page.goto('/me/settings');
	const discreet = page.getByRole('group', { name: 'Call Heard "Notes" on my home screen' });
	await discreet.getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Your settings are saved.')).toBeVisible();

	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.name).toBe('Notes');
	expect(manifest.short_name).toBe('Notes');
	expect(JSON.stringify(manifest)).not.toMatch(/heard/i);
	expect(manifest.icons.map((icon: { src: string }) => icon.src)).toContain('/icons/notes-512.png');
	// The browser itself reads the neutral one: the page asks for it with the cookie.
	const cdp = await context.newCDPSession(page);
	expect(JSON.parse((await cdp.send('Page.getAppManifest')).data!).name).toBe('Notes');

	// Only hers: everyone else still gets Heard.
	const signedOut = await page.request.get('/manifest.webmanifest', {
		headers: { cookie: '' }
	});
	expect((await signedOut.json()).name).toBe('Heard');
});
