import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { loginAs, waitForPageScript } from '../helpers/session';

test.use(PHONE);

const NOT_SAVED = "We couldn't save it. Your words are still here.";
const storedWith = (words: string) =>
	queryTestDatabase<{ id: string }>(
		"SELECT id FROM statements WHERE json_extract(answers, '$.what') = ?",
		words
	);

/**
 * Another program holds the database's write lock, as a stuck backup or a
 * second server would: every write the app tries fails after its wait, as it
 * would on a full disk or a read-only file. The lock is always let go.
 */
async function whileDatabaseIsLocked(run: () => Promise<void>): Promise<void> {
	const holder = openTestDatabase();
	holder.exec('BEGIN EXCLUSIVE');
	try {
		await run();
	} finally {
		holder.exec('ROLLBACK');
		holder.close();
	}
}

async function sendGoodNews(page: Page, words: string) {
	await page.goto('/me/say/good_news');
	await page.getByLabel("What's the good news?").fill(words);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
}

test('a send that cannot be stored gives every word back, health says so, and sending again works', async ({
	page,
	request
}) => {
	test.setTimeout(60_000);
	await loginAs(page, 'jordan');
	const words = 'I got into the football team, stored only once';
	await whileDatabaseIsLocked(async () => {
		const health = await request.get('/healthz');
		expect(health.status()).toBe(503);
		expect(await health.json()).toMatchObject({ database: true, writable: false });

		await sendGoodNews(page, words);
		// The server waits up to 5 s for the lock (busy_timeout) before it gives the words back.
		await expect(page.getByRole('alert')).toContainText(NOT_SAVED, { timeout: 15_000 });
		await expect(page.getByLabel("What's the good news?")).toHaveValue(words);
		expect(storedWith(words)).toEqual([]);
	});
	await expectNoAccessibilityViolations(page);

	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	expect(storedWith(words)).toHaveLength(1);
	expect((await request.get('/healthz')).status()).toBe(200);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page that comes back holds the words and says they were not saved', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await loginAs(page, 'jordan');
		const words = 'My nan is coming to visit, sent without scripts';
		await whileDatabaseIsLocked(async () => {
			await sendGoodNews(page, words);
			await expect(page.getByRole('alert')).toContainText(NOT_SAVED);
			await expect(page.getByLabel("What's the good news?")).toHaveValue(words);
		});
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		expect(storedWith(words)).toHaveLength(1);
	});

	test('a reply and "About me" that cannot be stored come back with their words', async ({
		page
	}) => {
		test.setTimeout(60_000);
		await loginAs(page, 'jordan');
		const [statement] = queryTestDatabase<{ id: string }>(
			"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan' LIMIT 1"
		);
		await page.goto(`/me/things/${statement!.id}`);
		const reply = 'Thanks, can we talk on Friday?';
		await page.getByLabel('Write back').fill(reply);
		await whileDatabaseIsLocked(async () => {
			await page.getByRole('button', { name: 'Send reply' }).click();
			await expect(page.getByText(NOT_SAVED)).toBeVisible();
			await expect(page.getByLabel('Write back')).toHaveValue(reply);
		});

		await page.goto('/me/about');
		const likes = 'Drawing comics and my dog';
		await page.getByLabel('What I like').fill(likes);
		await whileDatabaseIsLocked(async () => {
			await page.getByRole('button', { name: 'Save About me' }).click();
			await expect(page.getByRole('alert')).toContainText(NOT_SAVED);
			await expect(page.getByLabel('What I like')).toHaveValue(likes);
		});
	});
});

test('the same form sent again with other words is not dropped: the sender is told, and can send them', async ({
	page
}) => {
	await loginAs(page, 'jordan');
	const first = 'I passed my swimming test';
	await page.goto('/me/say/good_news');
	const key = await page.locator('input[name="idempotencyKey"]').inputValue();
	await page.getByLabel("What's the good news?").fill(first);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();

	// The form sent again under its first key (a resent request, a page kept from before) with new words.
	const second = 'And I am going to the gala next month';
	await page.goto('/me/say/good_news');
	await page
		.locator('input[name="idempotencyKey"]')
		.evaluate((input, old) => ((input as HTMLInputElement).value = old), key);
	await page.getByLabel("What's the good news?").fill(second);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText(
		'You sent this page before, with different words.'
	);
	await expect(page.getByLabel("What's the good news?")).toHaveValue(second);
	expect(storedWith(second)).toEqual([]);

	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	expect(storedWith(first)).toHaveLength(1);
	expect(storedWith(second)).toHaveLength(1);
});

test('a true double send with the same words lands once and goes to the sent page', async ({
	page
}) => {
	await loginAs(page, 'jordan');
	const words = 'Double tap on the bus';
	const key = `double-send-${Date.now()}`;
	const post = () =>
		page.request.post('/me/say/good_news?/send', {
			form: { what: words, idempotencyKey: key },
			headers: { accept: 'text/html', origin: new URL(page.url()).origin },
			maxRedirects: 0
		});
	const [one, two] = [await post(), await post()];
	expect([one.status(), two.status()]).toEqual([303, 303]);
	expect(two.headers().location).toBe(one.headers().location);
	expect(storedWith(words)).toHaveLength(1);
});

test('words longer than a box takes are never cut: Next says too long and keeps them, and a save keeps them whole', async ({
	page
}) => {
	test.slow(); // a simple-mode journey on a phone
	// A child of the test's own, in simple mode: the page keeps what is typed (on the phone, and
	// on the server when it is hidden), and no demo child's form should open on it afterwards.
	await signInAsChild(page, addOwnChild(`Robin${Date.now() % 100000}`).username);
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');

	// 2434 characters in a box that takes 2000: the end matters as much as the start.
	const words = `${'I want to see my brother more. '.repeat(78)}The end matters.`;
	await page.goto('/me/say/make_a_change');
	await waitForPageScript(page);
	await page.getByRole('radio', { name: 'Family time' }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	const box = page.getByLabel('What do you want to change?');
	await box.fill(words);
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(
		page.getByText('This is too long. Please make it shorter (up to 2000 letters).')
	).toBeVisible();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await expect(box).toHaveValue(words);

	// "Save and finish later", as the page posts it by itself when the phone hides it; the form
	// is left first, so its own save of what the box held comes before this one, not after.
	const longer = `${'x'.repeat(2490)} the end`;
	const origin = new URL(page.url()).origin;
	await page.goto('/me');
	const saved = await page.request.post('/me/say/make_a_change?/save', {
		form: { what: longer },
		headers: { accept: 'text/html', origin }
	});
	expect(saved.status()).toBe(200);
	await page.goto('/me/say/make_a_change?step=1');
	await expect(page.getByLabel('What do you want to change?')).toHaveValue(longer);
});
