import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { statementsWith } from '../helpers/database';
import {
	WAITING_FOR_SIGNAL,
	childWithKeptPages,
	goodNewsBox,
	sendGoodNewsOffline
} from '../helpers/offline';

/*
 * A young person sends with no signal, then reloads, or comes back later, before it has gone:
 * the form and their home page still say it is kept and will send, nothing offers to write it
 * again, and once it has gone "You're offline" gives way to "Sent!". Stored once, always.
 */
test.use(PHONE);
test.describe.configure({ timeout: 120_000 });

const offlineNote = (page: Page) => page.getByText("You're offline.");

test('after a reload with no signal, the form and home still say what waits to send; once sent, "Sent!" and not "offline"', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'Reloads');
	const words = `Kept through a reload ${Date.now()}`;
	await sendGoodNewsOffline(page, words);

	// Reloaded, still with no signal: the waiting words are said, not an empty form.
	await page.reload();
	await expect(offlineNote(page)).toBeVisible();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
	await expect(goodNewsBox(page)).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);

	// Home says how many things wait, and that they will send by themselves.
	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toHaveText(
		'1 thing is waiting to send. Your words are kept on this phone. They will send by themselves when there is signal.'
	);

	// Back to the form, and the signal returns while it is open.
	await page.goto('/me/say/good_news');
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
	await context.setOffline(false);
	await expect(page.getByText('Sent!')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	await expect(offlineNote(page)).toHaveCount(0);
	expect(statementsWith(words)).toBe(1);

	// Home has nothing waiting now, and the form opens empty for something new.
	await page.goto('/me');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	await page.goto('/me/say/good_news');
	await expect(goodNewsBox(page)).toBeVisible();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	expect(statementsWith(words)).toBe(1);
});

test('home, opened with no signal, says what waits; when it sends, "Sent!" takes the place of "offline"', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'Home');
	const words = `Waiting on home ${Date.now()}`;
	await sendGoodNewsOffline(page, words);
	await page.goto('/me');
	await expect(offlineNote(page)).toBeVisible();
	await expect(page.getByTestId('waiting-to-send')).toContainText('1 thing is waiting to send.');

	await context.setOffline(false);
	await expect(page.getByTestId('sent-while-away')).toContainText('Sent!', { timeout: 20_000 });
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	await expect(offlineNote(page)).toHaveCount(0);
	expect(statementsWith(words)).toBe(1);
});

test('something new written beside what waits is sent as well, and each is stored once', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'Twice');
	const first = `First with no signal ${Date.now()}`;
	const second = `Second with no signal ${Date.now()}`;
	await sendGoodNewsOffline(page, first);
	await page.reload();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();

	// A new, empty form: never the words that already wait.
	await page.getByRole('button', { name: 'Write something new' }).click();
	await expect(goodNewsBox(page)).toHaveValue('');
	await goodNewsBox(page).fill(second);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
	await expect(goodNewsBox(page)).toHaveCount(0);

	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toContainText('2 things are waiting to send.');
	const keys = await page.evaluate(
		() =>
			new Promise<string[]>((resolve) => {
				const open = indexedDB.open('heard-offline');
				open.onsuccess = () => {
					const all = open.result.transaction('sends').objectStore('sends').getAllKeys();
					all.onsuccess = () => resolve(all.result.map(String));
				};
			})
	);
	expect(new Set(keys).size).toBe(2);

	await context.setOffline(false);
	await expect.poll(() => statementsWith(first), { timeout: 20_000 }).toBe(1);
	await expect.poll(() => statementsWith(second), { timeout: 20_000 }).toBe(1);
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	// Opened again and again with signal (each time asking to send): still one of each.
	await page.goto('/me/things');
	await page.goto('/me');
	await page.goto('/me/say/good_news');
	await expect(goodNewsBox(page)).toBeVisible();
	expect(statementsWith(first)).toBe(1);
	expect(statementsWith(second)).toBe(1);
});

test('on the form it was sent from, "You\'re offline" goes once it has been sent', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'Stays');
	const words = `Sent from the open form ${Date.now()}`;
	await sendGoodNewsOffline(page, words);
	await context.setOffline(false);
	await expect(page.getByText('Sent!')).toBeVisible({ timeout: 20_000 });
	await expect(offlineNote(page)).toHaveCount(0);
	expect(statementsWith(words)).toBe(1);
});
