import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { openTestDatabase } from '../helpers/database';
import { turnLanguagesOn } from '../helpers/languages';
import { addOwnChild, addOwnStatement, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

/*
 * A young person whose pages are in Arabic writes in English. Their words, and their worker's
 * reply, take their own direction (dir="auto") wherever they are shown: to them on a right to
 * left page, and to their worker. Otherwise the English is pulled to the right and its full
 * stops and brackets land at the wrong end.
 */
test.use(PHONE);
test.describe.configure({ timeout: 90_000 });

let putSwitchesBack: () => void;
test.beforeAll(() => (putSwitchesBack = turnLanguagesOn(['ar'])));
test.afterAll(() => putSwitchesBack());

test("a young person's English words on their Arabic pages, and on their worker's, run their own way", async ({
	page,
	browser
}) => {
	const child = addOwnChild(`Nour${Date.now() % 1_000_000}`);
	const db = openTestDatabase();
	db.prepare("UPDATE young_people SET language = 'ar' WHERE id = ?").run(child.id);
	db.close();
	const said = `I passed my maths test (at last). ${Date.now()}`;
	const id = addOwnStatement(child.id, 'good_news', { what: said });

	await signInAsChild(page, child.username);
	await page.goto(`/me/things/${id}`);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const ownWords = page.getByText(said, { exact: true });
	await expect(ownWords).toHaveAttribute('dir', 'auto');
	// Drawn left to right, as English is, on the right to left page.
	expect(await ownWords.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');

	// Their reply, typed in English into a box that follows what is typed.
	const reply = `Thank you, see you on Monday! ${Date.now()}`;
	const box = page.locator('textarea[name="body"]');
	await expect(box).toHaveAttribute('dir', 'auto');
	await box.fill(reply);
	await page.locator('form[action="?/reply"] button[type="submit"]').click();
	await expect(page.getByText(reply, { exact: true })).toHaveAttribute('dir', 'auto');

	// Their worker reads both, and answers in English: the child sees that answer run its own way.
	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${id}`);
	await expect(sam.page.getByText(said, { exact: true })).toHaveAttribute('dir', 'auto');
	await expect(sam.page.getByText(reply, { exact: true })).toHaveAttribute('dir', 'auto');
	const answer = `Well done, ${child.username}. ${Date.now()}`;
	await sam.page.getByLabel(/Your reply to/).fill(answer);
	await sam.page.getByRole('button', { name: 'Send reply' }).click();
	await expect(sam.page.getByRole('status')).toContainText('Your reply was sent.');
	await sam.close();

	await page.goto(`/me/things/${id}`);
	const fromWorker = page.getByText(answer, { exact: true });
	await expect(fromWorker).toHaveAttribute('dir', 'auto');
	expect(await fromWorker.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
	// And in their copy of everything they said.
	await page.goto('/me/words');
	await expect(page.getByText(said, { exact: true })).toHaveAttribute('dir', 'auto');
	await expect(page.getByText(reply, { exact: true })).toHaveAttribute('dir', 'auto');
});
