import { expect, type Page } from '@playwright/test';

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
