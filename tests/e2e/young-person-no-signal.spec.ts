import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { withServiceWorker } from '../helpers/offline';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { waitForPageScript } from '../helpers/session';

/*
 * No signal while a form is open. A send that waits for signal leaves nothing to tap twice;
 * a simple-mode step that could not go on says so in words about that step, not about Send.
 */
test.use(PHONE);
test.describe.configure({ timeout: 90_000 });

const storedWith = (words: string) =>
	queryTestDatabase<{ n: number }>(
		'SELECT COUNT(*) AS n FROM statements WHERE answers LIKE ?',
		`%${words}%`
	)[0]?.n ?? 0;

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
	await expect.poll(() => storedWith(said), { timeout: 20_000 }).toBe(1);
});
