import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { BEFORE, NEUTRAL, expectNoWayBackToHeard, fakeOtherSites } from '../helpers/quick-exit';

test.use(PHONE);
// Each journey signs in and taps through several pages: more than the default half minute on a busy machine.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(({ context }) => fakeOtherSites(context));

/** Before the app's scripts arrive, as on a slow phone: only the page itself and quick-exit.js. */
async function withoutTheAppsScripts(page: Page) {
	await page.route('**/_app/**/*.js', (route) => route.abort());
}

async function signIn(page: Page, who: 'jordan' | 'maya') {
	await page.goto(BEFORE);
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/me$/);
}

// Round the young person's pages by the links a child would tap: /me, the worry form, My things, Help.
const menuLink = (page: Page, name: string) =>
	page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
async function tapAround(page: Page, times: number) {
	for (let i = 0; i < times; i += 1) {
		const path = new URL(page.url()).pathname;
		if (path === '/me') await page.getByRole('link', { name: /I'm worried/ }).click();
		else if (path === '/me/say/worried') await menuLink(page, 'My things').click();
		else if (path === '/me/things') await menuLink(page, 'Help').click();
		else await menuLink(page, 'Home').click();
		await expect(page).not.toHaveURL(new RegExp(`${path}$`));
	}
}

for (const loaded of ['once the app has loaded', 'before the app has loaded'] as const) {
	test.describe(loaded, () => {
		// Requests a service worker answers never reach page.route, so the app's scripts could not be
		// held back: without one, as on a first visit to Heard.
		test.use({ serviceWorkers: loaded === 'before the app has loaded' ? 'block' : 'allow' });
		for (const taps of [1, 3, 10]) {
			test(`after ${taps} pages, ${loaded}, Back after quick exit never shows Heard`, async ({
				page,
				baseURL
			}) => {
				if (loaded === 'before the app has loaded') await withoutTheAppsScripts(page);
				await signIn(page, 'jordan');
				const entries = await page.evaluate(() => history.length);
				await page.evaluate(
					() => ((window as unknown as { sameDocument: boolean }).sameDocument = true)
				);
				await tapAround(page, taps);
				// Once loaded, the app moves between pages itself; before, each page is loaded whole.
				const sameDocument = await page.evaluate(
					() => (window as unknown as { sameDocument?: boolean }).sameDocument === true
				);
				expect(sameDocument).toBe(loaded === 'once the app has loaded');
				// Either way, tapping round Heard adds nothing to history.
				expect(await page.evaluate(() => history.length)).toBe(entries);

				await page.getByRole('link', { name: 'Quick exit' }).click();
				await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
				await expect(page).toHaveTitle('Weather');
				await expectNoWayBackToHeard(page, baseURL!);
			});
		}
	});
}

test('simple-mode steps sent by the app leave no Heard page behind quick exit', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'maya');
	await page.goto('/me/say/feelings');
	for (let i = 1; i <= 3; i += 1) {
		await expect(page.getByText(`Question ${i} of 8`)).toBeVisible();
		await page.getByRole('radio', { name: 'Very good' }).check();
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByText('Question 4 of 8')).toBeVisible();
	await page.getByRole('link', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	await expectNoWayBackToHeard(page, baseURL!);
});

test('where the browser has no Navigation API, quick exit still goes back past every Heard page', async ({
	page,
	baseURL
}) => {
	await page.addInitScript(() =>
		Object.defineProperty(window, 'navigation', { value: undefined, configurable: true })
	);
	await withoutTheAppsScripts(page);
	await signIn(page, 'jordan');
	await tapAround(page, 3);
	await page.getByRole('link', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	await expectNoWayBackToHeard(page, baseURL!);
});

test('pressing Shift three times leaves, as on GOV.UK; capital letters typed do not', async ({
	page,
	baseURL
}) => {
	await signIn(page, 'jordan');
	await page.getByRole('link', { name: /I'm worried/ }).click();
	const box = page.getByRole('textbox').first();
	await box.click();
	await page.keyboard.type('Some Words With Capitals In Them');
	await expect(page).toHaveURL(/\/me\/say\/worried$/);
	await page.keyboard.press('Shift');
	await expect(page.locator('.quick-exit-status')).toHaveText(
		'Press Shift 2 more times to leave Heard.'
	);
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	await expectNoWayBackToHeard(page, baseURL!);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('quick exit still leaves, and Help says plainly how to clear Heard from history', async ({
		page
	}) => {
		await signIn(page, 'jordan');
		await page.goto('/help');
		await expect(
			page.getByRole('heading', { name: 'If someone might see your phone' })
		).toBeVisible();
		await expect(
			page.getByText('In Chrome: tap the 3 dots. Tap History. Then tap Delete browsing data.')
		).toBeVisible();
		await expect(page.getByText(/open Heard in a private tab/)).toBeVisible();
		await page.getByRole('link', { name: 'Quick exit' }).click();
		await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	});
});
