import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { loginAs, signedInPage } from '../helpers/session';
import { queryTestDatabase, statementsWith } from '../helpers/database';
import { keepPagesForOffline, keptPages } from '../helpers/offline';
import { expectPlayable, withFakeMicrophone } from '../helpers/voice';

// The fake microphone is for the voice note recorded with no signal.
test.use({ ...PHONE, launchOptions: withFakeMicrophone() });
test.describe.configure({ timeout: 90_000 });

/** With no signal: open good news from the phone, write, and press Send. */
async function writeOffline(page: Page, words: string) {
	await page.context().setOffline(true);
	await page.goto('/me/say/good_news');
	await expect(page.getByText("You're offline.")).toBeVisible();
	await page.getByRole('textbox').first().fill(words);
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Waiting for signal — it will send by itself.')).toBeVisible();
}

const queued = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<{ key: string; files?: [string, Blob][] }[]>((resolve) => {
				const open = indexedDB.open('heard-offline');
				open.onsuccess = () => {
					const all = open.result.transaction('sends').objectStore('sends').getAll();
					all.onsuccess = () => resolve(all.result);
				};
			})
	);

test('good news written with no signal sends by itself once the signal is back, once', async ({
	page,
	context
}) => {
	const words = `Offline good news ${Date.now()}`;
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me/say/good_news']);
	await writeOffline(page, words);
	expect(statementsWith(words)).toBe(0);
	expect(await queued(page)).toHaveLength(1);

	await context.setOffline(false);
	await expect(page.getByText('Sent!')).toBeVisible({ timeout: 20_000 });
	expect(statementsWith(words)).toBe(1);
	expect(await queued(page)).toHaveLength(0);
	await page.getByRole('link', { name: 'See what you sent' }).click();
	await expect(page.getByText(words)).toBeVisible();

	// The same send tried again (as if the answer to the first try had been lost): still one.
	const { key, owner } = queryTestDatabase<{ key: string; owner: string }>(
		'SELECT idempotency_key AS key, young_person_id AS owner FROM statements WHERE answers LIKE ?',
		`%${words}%`
	)[0]!;
	await requeue(page, { key, owner, words });
	await page.evaluate(() => navigator.serviceWorker.controller?.postMessage('send'));
	await expect.poll(() => queued(page)).toHaveLength(0);
	expect(statementsWith(words)).toBe(1);

	// Queued by another young person on this phone: refused, never stored as Jordan's words.
	await requeue(page, {
		key: 'another-childs-key-1234',
		owner: 'another-child',
		words: `${words}!`
	});
	await page.goto('/me');
	await page.evaluate(() => navigator.serviceWorker.controller?.postMessage('send'));
	await page.goto('/me/things');
	expect(statementsWith(`${words}!`)).toBe(0);
	expect(await queued(page)).toHaveLength(1);
});

/** Puts a send in the phone's queue as the say form would. */
function requeue(page: Page, item: { key: string; owner: string; words: string }) {
	return page.evaluate(
		({ key, owner, words }) =>
			new Promise<void>((resolve) => {
				const open = indexedDB.open('heard-offline');
				open.onsuccess = () => {
					const transaction = open.result.transaction('sends', 'readwrite');
					transaction.objectStore('sends').put({
						key,
						owner,
						kind: 'good_news',
						// As the say form queues it: every box, the empty ones too.
						fields: [
							['what', words],
							['what_helped', '']
						],
						queuedAt: Date.now()
					});
					transaction.oncomplete = () => resolve();
				};
			}),
		item
	);
}

test('what was written offline is not lost when Heard is closed, and sends when it opens again', async ({
	page,
	context
}) => {
	const words = `Closed offline news ${Date.now()}`;
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me/say/good_news']);
	await writeOffline(page, words);
	await page.close();

	await context.setOffline(false);
	const again = await context.newPage();
	await again.goto('/me');
	await expect.poll(() => statementsWith(words), { timeout: 20_000 }).toBe(1);
	await expect.poll(() => queued(again)).toHaveLength(0);
	// The page that opened says so, though it is not the form it was written on.
	const sent = again.getByTestId('sent-while-away');
	await expect(sent).toContainText(
		'Sent! What you wrote when there was no signal has now been sent.'
	);
	await sent.getByRole('link', { name: 'See what you sent' }).click();
	await expect(again.getByText(words)).toBeVisible();
	// Said once: opening again, and again, neither says it nor sends it twice.
	await again.goto('/me/things');
	await again.goto('/me');
	await expect(again.getByRole('link', { name: /My things/ }).first()).toBeVisible();
	await expect(again.getByTestId('sent-while-away')).toHaveCount(0);
	expect(statementsWith(words)).toBe(1);
});

test('a voice note recorded with no signal waits on the phone with its words, and is stored once when Heard opens again', async ({
	page,
	context,
	browser
}) => {
	test.setTimeout(120_000);
	const words = `Offline voice note ${Date.now()}`;
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me/say/good_news']);
	await context.setOffline(true);
	await page.goto('/me/say/good_news');
	await expect(page.getByText("You're offline.")).toBeVisible();
	const voice = page.getByRole('group', { name: 'Or say it out loud' }).first();
	await voice.getByRole('button', { name: 'Record', exact: true }).click();
	await expect(voice.getByText(/Recording…/)).toBeVisible();
	await page.waitForTimeout(2000);
	await voice.getByRole('button', { name: 'Stop' }).click();
	await expect(voice.getByText('Your recording is ready. Play it to listen back.')).toBeVisible();
	await page.getByRole('textbox').first().fill(words);
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Waiting for signal — it will send by itself.')).toBeVisible();
	// The recording itself waits in the queue, beside the words and under its question.
	const waiting = await page.evaluate(
		() =>
			new Promise<{ name: string; size: number; type: string }[]>((resolve) => {
				const open = indexedDB.open('heard-offline');
				open.onsuccess = () => {
					const all = open.result.transaction('sends').objectStore('sends').getAll();
					all.onsuccess = () =>
						resolve(
							all.result.flatMap((item: { files?: [string, Blob][] }) =>
								(item.files ?? []).map(([name, file]) => ({
									name,
									size: file.size,
									type: file.type
								}))
							)
						);
				};
			})
	);
	expect(waiting).toHaveLength(1);
	expect(waiting[0]).toMatchObject({ name: 'voice_what', type: 'audio/webm' });
	expect(waiting[0]!.size).toBeGreaterThan(1000);
	await page.close();

	await context.setOffline(false);
	const again = await context.newPage();
	await again.goto('/me');
	await expect.poll(() => statementsWith(words), { timeout: 20_000 }).toBe(1);
	await expect.poll(() => queued(again)).toHaveLength(0);
	await again.goto('/me/things');
	await again.goto('/me');
	expect(statementsWith(words)).toBe(1);
	const [{ id }] = queryTestDatabase<{ id: string }>(
		'SELECT id FROM statements WHERE answers LIKE ?',
		`%${words}%`
	) as [{ id: string }];
	const notes = queryTestDatabase<{ content_type: string; size: number }>(
		'SELECT content_type, size FROM statement_voice_notes WHERE statement_id = ?',
		id
	);
	expect(notes).toEqual([{ content_type: 'audio/webm', size: waiting[0]!.size }]);

	// Their worker plays the recording that was made with no signal.
	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${id}`);
	await expect(sam.page.getByText(/^Voice note, \d s$/)).toBeVisible();
	await expectPlayable(sam.page, 'dd audio');
	await sam.close();
});

test('signing out empties the pages kept on the phone', async ({ page }) => {
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me', '/me/things']);
	await page.goto('/logout');
	await page.getByRole('button', { name: 'Yes, sign out' }).click();
	await expect(page).toHaveURL(/\/login\?signed_out=1$/);
	expect(await keptPages(page)).toEqual([]);
});

test('quick exit empties the pages kept on the phone', async ({ page, context }) => {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' })
	);
	await loginAs(page, 'jordan');
	await keepPagesForOffline(page, ['/me', '/me/things']);
	await page.getByRole('link', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(/bbc\.co\.uk\/weather/);
	// Looked at from a plain file of the same site, as nothing else of Heard's should open.
	await page.goto('/robots.txt');
	await expect.poll(() => keptPages(page)).toEqual([]);
});
