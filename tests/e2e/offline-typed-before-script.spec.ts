import { expect, test, type Route } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { statementsWith } from '../helpers/database';
import {
	WAITING_FOR_SIGNAL,
	childWithKeptPages,
	dropSends,
	goodNewsBox as box,
	sendGoodNewsToWait
} from '../helpers/offline';

/*
 * Something already waits on the phone to send. On a slow phone the say form shows before its
 * script runs, and the young person starts writing something new in it. Once the script has
 * read the phone's queue the form says what waits instead: what they had typed must not go with
 * it. "Write something new" gives it back.
 */
test.use(PHONE);
test.describe.configure({ timeout: 120_000 });

test('words typed before the script has read what waits are kept, and "Write something new" gives them back', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'TypedEarly');
	// A send that does not get through waits on the phone (a weak signal).
	await dropSends(context, () => true);
	await page.goto('/me/say/good_news');
	await sendGoodNewsToWait(page, `Waiting already ${Date.now()}`);

	// The page's script held back, as on a slow connection: the phone's copy of it is forgotten
	// so the service worker has to fetch it, and the fetch waits until the test lets it go.
	await page.evaluate(async () => {
		for (const name of await caches.keys())
			if (name.startsWith('heard-app-')) await caches.delete(name);
	});
	const held: Route[] = [];
	await context.route('**/_app/immutable/**', (route) => void held.push(route));
	await page.goto('/me/say/good_news', { waitUntil: 'commit' });
	const early = `Typed before the script ${Date.now()}`;
	await box(page).fill(early);
	// They stop to think: the box is left before the script has come.
	await box(page).blur();
	await expect.poll(() => held.length).toBeGreaterThan(0);

	await context.unroute('**/_app/immutable/**');
	for (const route of held) await route.continue();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
	await page.getByRole('button', { name: 'Write something new' }).click();
	await expect(box(page)).toHaveValue(early);
});

test('words the page drew from a draft kept on the server, which are the ones waiting, are not kept again for something new', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'DrawnDraft');
	const words = `Saved, then waiting ${Date.now()}`;
	await page.goto('/me/say/good_news');
	await box(page).fill(words);
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByText('Saved.', { exact: false }).first()).toBeVisible();

	// Sent with a signal too weak to carry: it waits, and the server still keeps the draft.
	await dropSends(context, () => true);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();

	// Opened again, the page is drawn with the draft: the words that wait. Something new starts empty.
	const drawn = await (await page.request.get('/me/say/good_news')).text();
	expect(drawn).toContain(words);
	await page.reload();
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toBeVisible();
	await page.getByRole('button', { name: 'Write something new' }).click();
	await expect(box(page)).toHaveValue('');
	// Nothing sent yet: the words wait on the phone, once.
	expect(statementsWith(words)).toBe(0);
});
