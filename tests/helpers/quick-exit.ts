import { expect, type BrowserContext, type Page } from '@playwright/test';

// The page the child was on before opening Heard, and the neutral page quick exit opens.
export const BEFORE = 'https://before.example/';
export const NEUTRAL = /^https:\/\/www\.bbc\.co\.uk\/weather/;

/** Answers the page before Heard and the neutral site without the network. */
export async function fakeOtherSites(context: BrowserContext): Promise<void> {
	await context.route(BEFORE, (route) =>
		route.fulfill({ body: '<title>Before</title><p>Somewhere else</p>', contentType: 'text/html' })
	);
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' })
	);
}

/**
 * Back goes straight to where the child was before Heard, with nothing behind it. Browsers
 * keep the entries after a replaced one for Forward: each must turn into the neutral page
 * at once instead of showing Heard.
 */
export async function expectNoWayBackToHeard(page: Page, baseURL: string): Promise<void> {
	await page.goBack();
	expect(page.url()).toBe(BEFORE);
	// Further back is only the browser's blank first page.
	for (let i = 0; i < 5 && (await page.goBack()); i += 1) expect(page.url()).not.toContain(baseURL);
	for (let i = 0; i < 15; i += 1) {
		const moved = await page.goForward().then(
			(response) => response !== null,
			() => true
		);
		if (!moved) break;
		if (page.url() !== BEFORE) await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	}
	expect(page.url()).toMatch(NEUTRAL);
}
