import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { loginAs } from '../helpers/session';
import { BEFORE, NEUTRAL, expectNoWayBackToHeard, fakeOtherSites } from '../helpers/quick-exit';

/*
 * Before signing in, whoever is reading may be a child: on the pages a young person reaches
 * signed out, Quick exit is at the top, as Help says, and leaves nothing behind it.
 */
test.use(PHONE);
test.describe.configure({ timeout: 60_000 });

test.beforeEach(({ context }) => fakeOtherSites(context));

const quickExit = (page: Page) => page.getByRole('link', { name: 'Quick exit' });

const SIGNED_OUT_PAGES = [
	'/',
	'/login',
	'/login?signed_out=1',
	'/activate',
	'/help',
	'/privacy',
	'/accessibility'
];

for (const path of SIGNED_OUT_PAGES) {
	test(`signed out, ${path} has Quick exit, and Back afterwards does not show Heard`, async ({
		page,
		baseURL
	}) => {
		await page.goto(BEFORE);
		await page.goto(path);
		await expect(quickExit(page)).toBeInViewport();
		await quickExit(page).click();
		await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
		await expectNoWayBackToHeard(page, baseURL!);
	});
}

for (const loaded of ['once the app has loaded', 'before the app has loaded'] as const) {
	test.describe(loaded, () => {
		// Requests a service worker answers never reach page.route: without one, as on a first visit.
		test.use({ serviceWorkers: loaded === 'before the app has loaded' ? 'block' : 'allow' });

		test(`tapping round the signed-out pages ${loaded}, quick exit leaves them all behind`, async ({
			page,
			baseURL
		}) => {
			if (loaded === 'before the app has loaded')
				await page.route('**/_app/**/*.js', (route) => route.abort());
			await page.goto(BEFORE);
			await page.goto('/');
			await page.locator('#main').getByRole('link', { name: 'Sign in' }).click();
			await expect(page).toHaveURL(/\/login$/);
			await page.locator('footer').getByRole('link', { name: 'Privacy' }).click();
			await expect(page).toHaveURL(/\/privacy$/);
			await page.locator('footer').getByRole('link', { name: 'Accessibility' }).click();
			await expect(page).toHaveURL(/\/accessibility$/);
			await quickExit(page).click();
			await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
			await expectNoWayBackToHeard(page, baseURL!);
		});
	});
}

test('Shift pressed three times leaves a signed-out page too', async ({ page }) => {
	await page.goto('/login');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
});

test('staff signed in read Help without Quick exit, as before', async ({ page }) => {
	await loginAs(page, 'sam');
	await page.goto('/help');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(quickExit(page)).toHaveCount(0);
});
