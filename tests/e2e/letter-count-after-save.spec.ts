import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { signedInPage, waitForPageScript } from '../helpers/session';

/*
 * A form saved without a reload empties its box: the count of letters left beside it follows
 * the box, not what was typed before the save.
 */
test('the letters left count follows a note box emptied by a save', async ({ browser }) => {
	test.setTimeout(60_000);
	const name = `Skye${Date.now() % 100000}`;
	const child = addOwnChild(name);
	const phone = await browser.newContext({ ...PHONE });
	const page = await phone.newPage();
	await signInAsChild(page, child.username);
	await page.goto('/me/not-happy');
	await page.getByLabel(/Make a complaint/).check();
	await page.getByLabel(/What is wrong/).fill('Nobody told me my contact visit was cancelled');
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByRole('status')).toContainText('Sent. Thank you for telling us.');
	await phone.close();

	const aileen = await signedInPage(browser, 'aileen');
	await aileen.page.goto('/complaints');
	await aileen.page.getByRole('link', { name: `Open a complaint from ${name}` }).click();
	await waitForPageScript(aileen.page);
	const note = aileen.page.getByLabel(/A note for the young person/);
	const count = aileen.page.locator('#note-count');
	const empty = await count.textContent();
	expect(empty).toMatch(/^\s*Up to \d+ letters\.\s*$/);

	const words = 'I will phone you on Friday after school.';
	await aileen.page.getByLabel(/In touch: someone is talking with them/).check();
	await note.fill(words);
	await expect(count).not.toHaveText(empty!);
	await aileen.page.getByRole('button', { name: 'Save' }).click();
	await expect(aileen.page.getByRole('status')).toContainText(
		'The young person now sees: In touch.'
	);
	await expect(note).toHaveValue('');
	await expect(count).toHaveText(empty!);
	await aileen.close();
});
