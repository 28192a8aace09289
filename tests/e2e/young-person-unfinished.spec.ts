import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { waitForPageScript } from '../helpers/session';

test.use(PHONE);

test('what was saved to finish later is on their home, and one tap carries on with it', async ({
	page
}) => {
	// A child of the test's own: no demo child is left with something unfinished.
	const child = addOwnChild(`Ivy${Date.now() % 100000}`);
	await signInAsChild(page, child.username);
	await expect(page.getByText(/and have not sent it yet/)).toHaveCount(0);

	await page.goto('/me/say/good_news');
	await waitForPageScript(page);
	await page.getByLabel("What's the good news?").fill('I got a part in the school play');
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByRole('status')).toContainText('Saved');

	await page.goto('/me');
	const unfinished = page.locator('.card').filter({ hasText: 'and have not sent it yet' });
	await expect(unfinished).toContainText('You started “Share good news” on');
	await expectNoAccessibilityViolations(page);
	await unfinished.getByRole('link', { name: 'Carry on' }).click();
	await expect(page).toHaveURL(/\/me\/say\/good_news$/);
	await expect(page.getByLabel("What's the good news?")).toHaveValue(
		'I got a part in the school play'
	);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/me\/things\//);
	await page.goto('/me');
	await expect(page.getByText(/and have not sent it yet/)).toHaveCount(0);
});
