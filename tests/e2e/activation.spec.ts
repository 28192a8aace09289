import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { issueCodeFor } from '../helpers/database';

test.use(PHONE);

test('a one-time code creates a working account, and cannot be used twice', async ({ page }) => {
	const code = issueCodeFor('Olly');
	const username = `olly${Date.now() % 100000}`;

	await page.goto('/activate');
	await page.getByLabel('Your code').fill(code.toLowerCase());
	await page.getByLabel('Choose a username').fill(username);
	await page.getByLabel('Choose a password', { exact: true }).fill('rainbow-bicycle-7');
	await page.getByLabel('Type the password again').fill('rainbow-bicycle-7');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page).toHaveURL(/\/me\?welcome=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hi Olly');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.getByLabel('Username or work email').fill(username);
	await page.getByLabel('Password').fill('rainbow-bicycle-7');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/me$/);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await page.goto('/activate');
	await page.getByLabel('Your code').fill(code);
	await page.getByLabel('Choose a username').fill(`${username}x`);
	await page.getByLabel('Choose a password', { exact: true }).fill('another-password-1');
	await page.getByLabel('Type the password again').fill('another-password-1');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('That code has already been used.')).toBeVisible();
	await expect(page.getByLabel('Choose a username')).toHaveValue(`${username}x`);
});

test('mistakes are explained next to the field they belong to', async ({ page }) => {
	await page.goto('/activate');
	await page.getByLabel('Your code').fill('WRONG-CODE-HERE');
	await page.getByLabel('Choose a username').fill('a');
	await page.getByLabel('Choose a password', { exact: true }).fill('short');
	await page.getByLabel('Type the password again').fill('different');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByLabel('Choose a username')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByText('Use 3 to 30 letters or numbers')).toBeVisible();
	await expect(page.getByText('Your password needs at least 8 characters.')).toBeVisible();
	await expect(page.getByLabel('Your code')).toHaveValue('WRONG-CODE-HERE');
});
