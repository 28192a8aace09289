import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import {
	WAITING_FOR_SIGNAL,
	childWithKeptPages,
	goodNewsBox,
	sendGoodNewsOffline
} from '../helpers/offline';

/*
 * Written with no signal, then refused by the server once there is signal (here, words over the
 * limit, which the form counts but never cuts): it must not wait on the phone for ever as
 * "waiting to send". It comes back to its form as the young person's kept words, with what to
 * change, and home says so if they have moved on. Nothing is stored until they send it again.
 */
test.use(PHONE);
test.describe.configure({ timeout: 120_000 });

const storedWith = (words: string) =>
	queryTestDatabase<{ n: number }>(
		'SELECT COUNT(*) AS n FROM statements WHERE status <> ? AND answers LIKE ?',
		'draft',
		`%${words}%`
	)[0]?.n ?? 0;

/** Too long to send (the limit is 2,000), and marked so the test can find it. */
const tooLong = (mark: string) => `${mark} ${'and it was great '.repeat(130)}`;

async function writeTooMuchOffline(page: Page, name: string, words: string) {
	await childWithKeptPages(page, name);
	await sendGoodNewsOffline(page, words);
}

test('refused once there is signal, the words come back into the form with what to change, not "waiting" for ever', async ({
	page,
	context
}) => {
	const mark = `Given back on the form ${Date.now()}`;
	const words = tooLong(mark);
	await writeTooMuchOffline(page, 'GivenBack', words);

	await context.setOffline(false);
	await expect(page.getByText('Not sent yet.')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	await expect(goodNewsBox(page)).toHaveValue(words);
	expect(storedWith(mark)).toBe(0);

	// Sending again says what is wrong, and keeps every word.
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText(['Some answers need another look.']);
	await expect(page.getByText('This is too long. Please make it shorter')).toBeVisible();
	await expect(goodNewsBox(page)).toHaveValue(words);

	// Shortened, it goes, once.
	await goodNewsBox(page).fill(mark);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/me\/things\//);
	expect(storedWith(mark)).toBe(1);
	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
});

test('refused while the young person is on home: home says it needs a change and leads to it', async ({
	page,
	context
}) => {
	const mark = `Given back on home ${Date.now()}`;
	await writeTooMuchOffline(page, 'BackHome', tooLong(mark));
	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toContainText('1 thing is waiting to send.');

	await context.setOffline(false);
	const givenBack = page.getByTestId('given-back');
	await expect(givenBack).toContainText('needs a change before it can be sent', {
		timeout: 20_000
	});
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	await expect(page.getByTestId('sent-while-away')).toHaveCount(0);

	await givenBack.getByRole('link', { name: 'Open it' }).click();
	await expect(page).toHaveURL(/\/me\/say\/good_news/);
	await expect(page.getByText('We kept what you wrote last time.')).toBeVisible();
	await expect(goodNewsBox(page)).toHaveValue(new RegExp(`^${mark}`));
	expect(storedWith(mark)).toBe(0);
});

/** Too long even to keep on the server as unfinished words (its limit is 20,000). */
const tooLongToKeep = (mark: string) => `${mark} ${'and then it rained all day '.repeat(800)}`;

test('too long even to keep on the server: the phone gives the words back to the form itself', async ({
	page,
	context
}) => {
	const mark = `Given back by the phone ${Date.now()}`;
	const words = tooLongToKeep(mark);
	await writeTooMuchOffline(page, 'KeptOnPhone', words);
	await page.goto('/me');

	await context.setOffline(false);
	const givenBack = page.getByTestId('given-back');
	await expect(givenBack).toContainText('needs a change before it can be sent', {
		timeout: 20_000
	});
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	await givenBack.getByRole('link', { name: 'Open it' }).click();
	await expect(page.getByText('Not sent yet.')).toBeVisible();
	await expect(goodNewsBox(page)).toHaveValue(words);
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	expect(storedWith(mark)).toBe(0);

	// Taken out of the phone's queue only once the form (and so the phone's copy) holds them.
	await page.reload();
	await expect(goodNewsBox(page)).toHaveValue(words);
	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	await expect(page.getByTestId('given-back')).toHaveCount(0);

	await page.goto('/me/say/good_news');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByText('This is too long. Please make it shorter')).toBeVisible();
	await goodNewsBox(page).fill(mark);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/me\/things\//);
	expect(storedWith(mark)).toBe(1);
});

test('too long to keep, with the form still open: the words come back into it there', async ({
	page,
	context
}) => {
	const mark = `Given back while open ${Date.now()}`;
	const words = tooLongToKeep(mark);
	await writeTooMuchOffline(page, 'OpenForm', words);
	await context.setOffline(false);
	await expect(page.getByText('Not sent yet.')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	await expect(goodNewsBox(page)).toHaveValue(words);
	await page.goto('/me');
	await expect(page.getByTestId('waiting-to-send')).toHaveCount(0);
	expect(storedWith(mark)).toBe(0);
});
