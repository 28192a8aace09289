import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';

test.use(PHONE);

test("Help keeps a young person's own menu, sign out and quick exit", async ({ page }) => {
	test.slow();
	await loginAs(page, 'jordan');
	await page.goto('/help');
	const menu = page.getByRole('navigation', { name: 'Main' });
	await expect(menu.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/me');
	await expect(menu.getByRole('link', { name: 'My things' })).toBeVisible();
	await expect(menu.getByRole('link', { name: 'Help' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await menu.getByRole('link', { name: 'My things' }).click();
	await expect(page).toHaveURL(/\/me\/things$/);
	await page.goto('/help');
	await menu.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/login\?signed_out=1$/);
});

test('signed out, Help offers sign in and no quick exit of its own', async ({ page }) => {
	await page.goto('/help');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'If someone might see your phone' })
	).toBeVisible();
});

test.describe('at 320 pixels wide', () => {
	test.use({ viewport: { width: 320, height: 640 } });
	test('the menu folds away and opens without JavaScript, with quick exit still in view', async ({
		browser
	}) => {
		const context = await browser.newContext({
			...PHONE,
			viewport: { width: 320, height: 640 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await loginAs(page, 'jordan');
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeInViewport();
		const header = page.locator('header');
		await expect(header.getByRole('link', { name: 'My things' })).toBeHidden();
		await header.getByText('Menu', { exact: true }).click();
		await header.getByRole('link', { name: 'My things' }).click();
		await expect(page).toHaveURL(/\/me\/things$/);
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeInViewport();
		await context.close();
	});
});
