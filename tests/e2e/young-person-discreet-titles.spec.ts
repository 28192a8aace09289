import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { addOwnChild, signInAsChild } from '../helpers/own-child';

/*
 * A child who chose to call Heard "Notes" on their home screen: no page title gives it away,
 * in the tab or the app switcher, whether the page was drawn by the server or by the app.
 */
test.use(PHONE);
test.describe.configure({ timeout: 60_000 });

async function callItNotes(page: Page, on: boolean) {
	await page.goto('/me/settings');
	await page
		.getByRole('group', { name: 'Call Heard "Notes" on my home screen' })
		.getByLabel(on ? 'On' : 'Off')
		.check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
}

const PAGES = [
	'/me',
	'/me/say/worried',
	'/me/say/make_a_change',
	'/me/things',
	'/me/settings',
	'/help',
	'/privacy',
	'/accessibility',
	'/me/no-such-page'
];

test('with "Notes" chosen every page is titled Notes; without it, what the page is', async ({
	page
}) => {
	const child = addOwnChild(`Notes${Date.now()}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/worried');
	await expect(page).toHaveTitle("I'm worried or I don't feel safe · Heard");

	await callItNotes(page, true);
	// Straight away, on the page where it was chosen.
	await expect(page).toHaveTitle('Notes');
	for (const path of PAGES) {
		await page.goto(path);
		await expect(page, path).toHaveTitle('Notes');
	}
	// Moving between pages in the app, not only pages drawn whole.
	await page.goto('/me');
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
	await page.getByRole('link', { name: /I'm worried/ }).click();
	await expect(page).toHaveURL(/\/me\/say\/worried$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page).toHaveTitle('Notes');
	// Nothing with the old name left in the page's head either.
	expect(await page.locator('head title').allTextContents()).toEqual(['Notes']);

	await callItNotes(page, false);
	await page.goto('/me/say/worried');
	await expect(page).toHaveTitle("I'm worried or I don't feel safe · Heard");
});
