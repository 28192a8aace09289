import { expect, request, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';
import { wavBytes } from '../fixtures/wav';
import { expectPlayable, withFakeMicrophone } from '../helpers/voice';

/*
 * A child who answers by voice alone sees that answer wherever their answers are shown back:
 * on "Ready to send?" and on their own page for it afterwards, with a player for it.
 */
test.use({ ...PHONE, launchOptions: withFakeMicrophone() });

const sentId = (page: Page) => new URL(page.url()).pathname.split('/').pop()!;
function ownChild(first: string) {
	const name = `${first}${Date.now() % 100000}`;
	return { name, ...addOwnChild(name) };
}

async function turnSimpleModeOn(page: Page) {
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
}

test('simple mode: a recorded answer is shown before sending and on the sent page, and only its child hears it', async ({
	page,
	browser
}) => {
	// A recording, a worker's outcome and three outsiders: longer than one page's journey.
	test.setTimeout(90_000);
	const child = ownChild('Wren');
	await signInAsChild(page, child.username);
	await turnSimpleModeOn(page);
	await page.goto('/me/say/make_a_change');
	await page.getByRole('radio', { name: 'House rules' }).check();
	await page.getByRole('button', { name: 'Next' }).click();

	// Question 2, "What do you want to change?", said out loud and not typed.
	const voice = page.getByRole('group', { name: 'Or say it out loud' });
	await voice.getByRole('button', { name: 'Record', exact: true }).click();
	await expect(voice.getByText(/Recording…/)).toBeVisible();
	await page.waitForTimeout(2200);
	await voice.getByRole('button', { name: 'Stop' }).click();
	await expect(voice.getByText('Your recording is ready. Play it to listen back.')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Question 3 of 3')).toBeVisible();
	await page.getByRole('button', { name: 'Next' }).click();

	await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
	const what = page.getByRole('listitem').filter({ hasText: 'What do you want to change?' });
	await expect(what.getByText(/^Your recording is \d seconds? long\.$/)).toBeVisible();
	await expect(what.getByText('You left this one empty.')).toHaveCount(0);
	await expectPlayable(page, '.ready audio');
	// The question truly left empty still says so.
	const why = page.getByRole('listitem').filter({ hasText: 'Why?' });
	await expect(why.getByText('You left this one empty.')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	const id = sentId(page);
	const yourAnswers = page.getByRole('region', { name: 'What you said' });
	await expect(yourAnswers.getByText('What do you want to change?')).toBeVisible();
	await expect(yourAnswers.getByText(/^Your recording is \d seconds? long\.$/)).toBeVisible();
	const own = `/me/things/${id}/voice/what`;
	await expectPlayable(page, `audio[src="${own}"]`);
	await expectNoAccessibilityViolations(page);

	// Another child, the worker's office screen and someone signed out hear nothing.
	const other = ownChild('Ash');
	const elsewhere = await browser.newContext(PHONE);
	const otherPage = await elsewhere.newPage();
	await signInAsChild(otherPage, other.username);
	const stranger = await otherPage.request.get(own, { maxRedirects: 0 });
	expect(stranger.status()).toBe(404);
	expect((await stranger.body()).length < 2000).toBe(true);
	await elsewhere.close();
	const sam = await signedInPage(browser, 'sam');
	expect((await sam.page.request.get(own, { maxRedirects: 0 })).status()).toBe(403);
	const signedOut = await request.newContext({ baseURL: page.url() });
	expect((await signedOut.get(own, { maxRedirects: 0 })).status()).toBe(401);
	await signedOut.dispose();

	// The worker decides: the child reads the decision once, with what the worker wrote.
	await sam.page.goto(`/worker/statements/${id}`);
	await sam.page.getByRole('radio', { name: 'Partly agreed' }).check();
	await sam.page
		.getByLabel(`Explanation for ${child.name}`)
		.fill('Bedtime can be later at weekends.');
	await sam.page.getByRole('button', { name: 'Record outcome' }).click();
	await expect(sam.page.getByRole('status')).toHaveText(/outcome was recorded/);
	await sam.close();
	await page.goto(`/me/things/${id}`);
	await expect(
		page.getByRole('heading', { name: 'What was decided: Partly agreed' })
	).toBeVisible();
	await expect(page.getByText(/Partly agreed/)).toHaveCount(1);
	await expect(page.getByText('Bedtime can be later at weekends.')).toBeVisible();
});

test.describe('full mode without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an urgent statement answered only by a chosen recording shows it, and its status reads cleanly', async ({
		page
	}) => {
		await signInAsChild(page, ownChild('Hazel').username);
		await page.goto('/me/say/worried');
		await page
			.getByLabel('Or choose a recording from your phone')
			.first()
			.setInputFiles({
				name: 'worry.wav',
				mimeType: 'audio/wav',
				buffer: Buffer.from(wavBytes(72))
			});
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();

		await expect(page.locator('.status-line')).toHaveText(/^Urgent · Sent \w{3} \d{1,2} \w{3}\./);
		const yourAnswers = page.getByRole('region', { name: 'What you said' });
		await expect(
			yourAnswers.getByText("What's happening? What are you worried about?")
		).toBeVisible();
		await expect(yourAnswers.getByText('Your recording is about 1 minute long.')).toBeVisible();
		const own = `/me/things/${sentId(page)}/voice/what`;
		await expect(yourAnswers.locator(`audio[src="${own}"]`)).toHaveCount(1);
		const played = await page.request.get(own);
		expect(played.status()).toBe(200);
		expect(played.headers()['content-type']).toBe('audio/wav');
	});
});
