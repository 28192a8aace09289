import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { statementsWith } from '../helpers/database';
import { withServiceWorker } from '../helpers/offline';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { waitForPageScript } from '../helpers/session';

/*
 * No signal while a form is open. A send that waits for signal leaves nothing to tap twice;
 * a simple-mode step that could not go on says so in words about that step, not about Send.
 */
test.use(PHONE);
test.describe.configure({ timeout: 90_000 });

const topic = (page: Page) => page.getByRole('radio', { name: 'Money' });
const words = (page: Page) => page.getByLabel('What do you want to change?');

test('sent with no signal, the form goes and only "waiting for signal" is left', async ({
	page,
	context
}) => {
	const child = addOwnChild(`Waits${Date.now()}`);
	await signInAsChild(page, child.username);
	// Reloaded once, so the service worker is in charge and can keep the send for later.
	await page.reload();
	await withServiceWorker(page);
	await page.getByRole('link', { name: /Make a change/ }).click();
	await waitForPageScript(page);
	await topic(page).check();
	const said = `Sent with no signal ${Date.now()}`;
	await words(page).fill(said);

	await context.setOffline(true);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByText('Waiting for signal — it will send by itself.')).toBeVisible();
	await expect(page.locator('form[action="?/send"]')).toBeHidden();
	await expect(words(page)).toBeHidden();
	await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);

	await context.setOffline(false);
	await expect.poll(() => statementsWith(said), { timeout: 20_000 }).toBe(1);
});

test('a simple-mode step with no signal says to tap Next again, not Send', async ({
	page,
	context
}) => {
	const child = addOwnChild(`Steps${Date.now()}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');

	await page.goto('/me/say/make_a_change');
	await waitForPageScript(page);
	await topic(page).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(/Question 2 of/)).toBeVisible();
	await words(page).fill('More pocket money');

	await context.setOffline(true);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'No signal just now. Your words are still here. Tap Next again when you have signal.'
	);
	await expect(words(page)).toHaveValue('More pocket money');

	// Back, with no signal, names Back.
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByRole('alert')).toHaveText(/Tap Back again when you have signal\.$/);

	// With signal again, Next goes on as it said it would.
	await context.setOffline(false);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(/Question 3 of/)).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
