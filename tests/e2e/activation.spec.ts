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

test('a password too easy to guess is refused in words a child understands, the username kept', async ({
	page
}) => {
	const code = issueCodeFor('Olly');
	const username = `olly${Date.now() % 100000}`;
	await page.goto('/activate');
	await page.getByLabel('Your code').fill(code);
	await page.getByLabel('Choose a username').fill(username);
	await page.getByLabel('Choose a password', { exact: true }).fill('12345678');
	await page.getByLabel('Type the password again').fill('12345678');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(
		page.getByText(
			'That password is too easy to guess. Try three words you will remember, like blue-kite-hill.'
		)
	).toBeVisible();
	await expect(page.getByLabel('Choose a password', { exact: true })).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(page.getByLabel('Choose a username')).toHaveValue(username);
	await expect(page).toHaveURL(/\/activate$/);

	// Nor the username inside it; the code is still unused, so a good password then works.
	await page.getByLabel('Choose a password', { exact: true }).fill(`${username}-rocks`);
	await page.getByLabel('Type the password again').fill(`${username}-rocks`);
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByText('Your password has your username in it.')).toBeVisible();
	await page.getByLabel('Choose a password', { exact: true }).fill('blue-kite-hill');
	await page.getByLabel('Type the password again').fill('blue-kite-hill');
	await page.getByRole('button', { name: 'Start' }).click();
	// Olly may have signed in before (the test above): a replaced sign-in is not welcomed.
	await expect(page).toHaveURL(/\/me(\?welcome=1)?$/);
});
