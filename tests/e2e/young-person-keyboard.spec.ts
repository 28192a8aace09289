import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { loginAs } from '../helpers/session';

test.use(PHONE);

test('a statement can be chosen, written and sent with the keyboard alone', async ({ page }) => {
	await loginAs(page, 'leah');
	await page.goto('/me');
	// Tab from the top of the page to the "Share good news" choice, then follow it with Enter.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
	const target = page.getByRole('link', { name: /Share good news/ });
	for (let i = 0; i < 30 && !(await target.evaluate((el) => el === document.activeElement)); i += 1)
		await page.keyboard.press('Tab');
	await expect(target).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/me\/say\/good_news$/);

	await page.keyboard.press('Tab');
	const box = page.getByLabel("What's the good news?");
	for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i += 1)
		await page.keyboard.press('Tab');
	await page.keyboard.type('Typed with the keyboard only');
	const send = page.getByRole('button', { name: 'Send', exact: true });
	for (let i = 0; i < 30 && !(await send.evaluate((el) => el === document.activeElement)); i += 1)
		await page.keyboard.press('Tab');
	await expect(send).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
});

test.describe('at 200% text on a 320 pixel screen', () => {
	test.use({ viewport: { width: 640, height: 1280 } });
	test('nothing scrolls sideways and the quick exit stays in view', async ({ page }) => {
		await loginAs(page, 'jordan');
		for (const path of ['/me', '/me/say/make_a_change', '/me/things', '/me/settings']) {
			await page.goto(path);
			// Doubling the root size doubles every rem-sized thing, as a browser's text zoom does.
			await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, path).toBeLessThanOrEqual(0);
			await expect(page.getByRole('link', { name: 'Quick exit' })).toBeInViewport();
		}
	});
});
