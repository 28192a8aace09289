import { expect, type BrowserContext, type Page } from '@playwright/test';
import { addOwnChild, signInAsChild } from './own-child';

/** Waits until Heard's service worker is running and in charge of this page. */
export async function withServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every address kept in the phone's caches, by cache name. */
export function keptAddresses(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const found: Record<string, string[]> = {};
		for (const name of await caches.keys())
			found[name] = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
		return found;
	});
}

/** The kept young person's pages (not the app's own files). */
export async function keptPages(page: Page): Promise<string[]> {
	const kept = await keptAddresses(page);
	return Object.entries(kept)
		.filter(([name]) => name.startsWith('heard-pages-'))
		.flatMap(([, paths]) => paths);
}

/**
 * Opens home with the service worker in charge, so it keeps home and the pages home links to,
 * and waits until those the test needs are kept.
 */
export async function keepPagesForOffline(page: Page, needed: string[]): Promise<void> {
	await withServiceWorker(page);
	await page.goto('/me');
	await expect
		.poll(
			async () => {
				const kept = await keptPages(page);
				return needed.filter((path) => !kept.includes(path));
			},
			{ timeout: 20_000 }
		)
		.toEqual([]);
}

/** What the say form says while something it sent waits on the phone for signal. */
export const WAITING_FOR_SIGNAL = 'Waiting for signal — it will send by itself.';

/** A child of the test's own, signed in, with home and the good news form kept for no signal. */
export async function childWithKeptPages(page: Page, name: string): Promise<void> {
	const child = addOwnChild(`${name}${Date.now() % 1_000_000}`);
	await signInAsChild(page, child.username);
	await keepPagesForOffline(page, ['/me', '/me/say/good_news']);
}

/** The good news form's one box. */
export const goodNewsBox = (page: Page) => page.getByLabel("What's the good news?");

/** On the good news form: writes, presses Send, and sees that it waits on the phone. */
export async function sendGoodNewsToWait(page: Page, words: string): Promise<void> {
	await goodNewsBox(page).fill(words);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
}

/** With no signal: opens good news, writes, presses Send, and sees that it waits. */
export async function sendGoodNewsOffline(page: Page, words: string): Promise<void> {
	await page.context().setOffline(true);
	await page.goto('/me/say/good_news');
	await expect(page.getByText("You're offline.")).toBeVisible();
	await sendGoodNewsToWait(page, words);
}

/** Sends of the good news form that do not get through while `blocked()` says so; counts tries. */
export async function dropSends(context: BrowserContext, blocked: (tries: number) => boolean) {
	let tries = 0;
	await context.route(
		(url) => url.pathname === '/me/say/good_news' && url.search === '?/send',
		(route) => {
			tries += 1;
			return blocked(tries) ? route.abort('internetdisconnected') : route.continue();
		}
	);
	return () => tries;
}
