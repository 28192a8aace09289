import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { waitForPageScript } from '../helpers/session';

/*
 * On a slow phone the page shows before its script runs. The one-page form is drawn by the server
 * already as its answers make it: a follow-up that does not apply does not show for a moment and
 * then vanish, and one the kept answers open is there from the start. Without JavaScript every
 * question shows (simple-forms-follow-ups.spec.ts).
 */
test.use(PHONE);

test('the one-page form is drawn with only the follow-ups its answers open, before its script runs', async ({
	page
}) => {
	const child = addOwnChild(`Bryn${Date.now() % 100000}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/before_meeting');
	await waitForPageScript(page);
	const interpreter = page.getByRole('group', { name: /Do you want an interpreter/ });
	const language = page.getByRole('group', {
		name: 'Which language should the interpreter speak?'
	});
	const another = page.getByLabel('If it is another language, which one?');
	await interpreter.getByLabel('Yes, please').check();
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByText('Saved.', { exact: false }).first()).toBeVisible();

	// The page's own script held back, as on a slow connection: what shows is the server's drawing.
	await page.route('**/_app/immutable/**', (route) => route.abort());
	await page.goto('/me/say/before_meeting');
	await expect(interpreter.getByLabel('Yes, please')).toBeChecked();
	await expect(language).toBeVisible();
	await expect(another).toBeHidden();
	await expect(page.getByLabel('What kind of meeting?')).toBeHidden();
});
