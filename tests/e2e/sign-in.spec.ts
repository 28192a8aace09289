import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE, type DemoAccount } from '../helpers/accounts';
import { loginAs } from '../helpers/session';

const HEADINGS: [DemoAccount, RegExp][] = [
	['admin', /Administration/],
	['lead', /Participation/],
	['manager', /My team/],
	['sam', /My young people/],
	['jamie', /My young people/]
];

for (const [who, heading] of HEADINGS) {
	test(`${who} signs in and lands on their home`, async ({ page }) => {
		await loginAs(page, who);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test.describe('on a phone', () => {
	test.use(PHONE);

	test('a young person signs in with their username and sees what they can do', async ({ page }) => {
		await loginAs(page, 'maya');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hi Maya');
		await expect(page.getByText('Your worker is Sam.')).toBeVisible();
		await expect(page.getByRole('link', { name: /Make a change/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /I'm worried/ })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
		// My plan for the future is for care leavers, not a 9-year-old.
		await expect(page.getByRole('link', { name: /My plan for the future/ })).toHaveCount(0);
	});

	test('a care leaver is offered "My plan for the future"', async ({ page }) => {
		await loginAs(page, 'alex');
		await expect(page.getByRole('link', { name: /My plan for the future/ })).toBeVisible();
	});
});

test('a wrong password gets a clear message that reveals nothing', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO.sam.signIn);
	await page.getByLabel('Password').fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/That username or password didn't work/);
	// The same words for an account that does not exist.
	await page.getByLabel('Username or work email').fill('nobody@glenbrae.example');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/That username or password didn't work/);
	await expect(page.getByLabel('Username or work email')).toHaveValue('nobody@glenbrae.example');
});

test('signing in again after visiting a page returns to that page, and signing out ends the session', async ({ page }) => {
	await page.goto('/manager');
	await expect(page).toHaveURL(/\/login\?next=%2Fmanager$/);
	await page.getByLabel('Username or work email').fill(DEMO.manager.signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/manager$/);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status')).toHaveText(/You have signed out/);
	await page.goto('/manager');
	await expect(page).toHaveURL(/\/login/);
});

test('the session cookie is httpOnly and SameSite=Lax', async ({ page, context }) => {
	await loginAs(page, 'sam');
	const cookie = (await context.cookies()).find((c) => c.name === 'heard_session');
	expect(cookie?.httpOnly).toBe(true);
	expect(cookie?.sameSite).toBe('Lax');
	// 30 days, give or take the test's own running time.
	const days = ((cookie?.expires ?? 0) * 1000 - Date.now()) / 86_400_000;
	expect(days).toBeGreaterThan(29.9);
	expect(days).toBeLessThan(30.01);
});
