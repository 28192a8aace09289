import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { addOwnChild } from '../helpers/own-child';
import { loginAs, waitForPageScript } from '../helpers/session';

/*
 * Every form but the say form (which has its own): a post that never reaches the page's action
 * (too long, signed out) leaves the form as it was, every word in its box, with a message at
 * its top saying what happened. SvelteKit's own answer was its error page, and the words gone.
 */

/** Far over the 64 KB any form may carry, as pasted into a box. */
const PASTED = 'x'.repeat(100_000);

test('a worker’s typing too long to send, then sent signed out, stay in their box with a message each time', async ({
	page,
	context
}) => {
	const child = addOwnChild(`Keepwords${Date.now() % 100000}`);
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${child.id}/meetings/new`);
	await waitForPageScript(page);
	const box = page.locator('#chair');
	// The box says its limit to the browser, which cuts what is typed at it; a paste from a
	// tool that ignores it is what reaches the server's own limit.
	await box.evaluate((node) => node.removeAttribute('maxlength'));
	await box.fill(PASTED);

	let answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Schedule meeting' }).click();
	expect((await answered).status()).toBe(413);
	await expect(page.getByRole('alert')).toContainText('That is too long to save');
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(box).toHaveValue(PASTED);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/Keepwords/);

	const words = 'Ms Iona Fairlie, independent reviewing officer';
	await box.fill(words);
	await context.clearCookies();
	answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Schedule meeting' }).click();
	expect((await answered).status()).toBe(401);
	await expect(page.getByRole('alert')).toContainText('You were signed out, so this was not saved');
	await expect(page.getByRole('alert')).toHaveCount(1);
	await expect(box).toHaveValue(words);
});

test.describe('on a young person’s phone', () => {
	test.use(PHONE);

	test('About me too long to save keeps every word, and says so in a young person’s words', async ({
		page
	}) => {
		await loginAs(page, 'alex');
		await page.goto('/me/about');
		await waitForPageScript(page);
		const box = page.locator('#likes');
		await box.fill(PASTED);

		const answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Save About me' }).click();
		expect((await answered).status()).toBe(413);
		await expect(page.getByRole('alert')).toContainText(
			'This is too long to send. Your words are still here.'
		);
		await expect(box).toHaveValue(PASTED);
		// Quick exit is still there: the page is the same page, not an error page.
		await expect(page.getByRole('link', { name: /Quick exit/ })).toBeVisible();
	});
});
