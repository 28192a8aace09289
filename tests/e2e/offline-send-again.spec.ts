import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { statementsWith } from '../helpers/database';
import {
	WAITING_FOR_SIGNAL,
	childWithKeptPages,
	dropSends,
	sendGoodNewsOffline,
	sendGoodNewsToWait
} from '../helpers/offline';

/*
 * The signal comes back, but the first try to send what waits does not get through (the phone
 * says "online" before its connection carries; a weak signal that drops again). Nobody should
 * have to reload or tap anything: Heard tries again by itself, and it is stored once.
 */
test.use(PHONE);
test.describe.configure({ timeout: 120_000 });

test('when the first try after the signal returns fails, it is tried again by itself and stored once', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'TriesAgain');
	const words = `Tried again by itself ${Date.now()}`;
	await sendGoodNewsOffline(page, words);

	// The first two tries fail: one may be the browser's Background Sync as the signal returns.
	const tries = await dropSends(context, (n) => n <= 2);
	await context.setOffline(false);
	await expect(page.getByText('Sent!')).toBeVisible({ timeout: 20_000 });
	await expect(page.getByText(WAITING_FOR_SIGNAL)).toHaveCount(0);
	expect(tries()).toBeGreaterThanOrEqual(3);
	expect(statementsWith(words)).toBe(1);
});

test('with a signal too weak to carry and no "online" to say it came back, it still sends once it can', async ({
	page,
	context
}) => {
	await childWithKeptPages(page, 'WeakSignal');
	const words = `Sent through a weak signal ${Date.now()}`;
	// The phone has a network all along; its sends do not get through until `carries` is set.
	let carries = false;
	const tries = await dropSends(context, () => !carries);
	await page.goto('/me/say/good_news');
	await sendGoodNewsToWait(page, words);
	expect(statementsWith(words)).toBe(0);

	carries = true;
	const beforeItCarried = tries();
	await expect(page.getByText('Sent!')).toBeVisible({ timeout: 45_000 });
	// Sent by a try of Heard's own once the signal carried: nobody reloaded or tapped anything.
	expect(tries()).toBeGreaterThan(beforeItCarried);
	expect(statementsWith(words)).toBe(1);
});
