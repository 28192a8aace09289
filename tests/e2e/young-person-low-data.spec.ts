import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';
import { wavBytes } from '../fixtures/wav';

test.use(PHONE);

/** Every request a visit makes and the bytes each answer brought, until the page is quiet. */
async function visit(page: Page, path: string) {
	const seen: { url: string; bytes: number }[] = [];
	const pending: Promise<void>[] = [];
	const heard = (response: import('@playwright/test').Response) =>
		pending.push(
			response
				.body()
				.then((body) => void seen.push({ url: response.url(), bytes: body.length }))
				.catch(() => void seen.push({ url: response.url(), bytes: 0 }))
		);
	page.on('response', heard);
	await page.goto(path, { waitUntil: 'networkidle' });
	await Promise.all(pending);
	page.off('response', heard);
	const document = seen.find((s) => new URL(s.url).pathname === path);
	return {
		requests: seen.map((s) => new URL(s.url).pathname),
		bytes: seen.reduce((sum, s) => sum + s.bytes, 0),
		htmlBytes: document?.bytes ?? 0
	};
}

async function setLowData(page: Page, on: boolean) {
	await page.goto('/me/settings');
	const section = page.getByRole('form', { name: 'Save data' });
	await section.getByRole('radio', { name: on ? 'On' : 'Off' }).check();
	await section.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText(
			on
				? 'Saved. Pictures will only load when you tap them.'
				: 'Saved. Pictures will load by themselves again.'
		)
	).toBeVisible();
}

const pictures = (page: Page) => page.locator('main svg.picture');

test.afterEach(async ({ page }) => {
	// The demo's young person is shared by other journeys: leave the setting as it was.
	await setLowData(page, false);
});

test('low data leaves pictures out of the page until "Show pictures" is tapped, and voice notes until play', async ({
	page
}) => {
	test.setTimeout(60_000);
	await loginAs(page, 'jordan');
	// A voice note of their own to find on My words, chosen from the phone as without a recorder.
	await page.goto('/me/say/good_news');
	await page.getByLabel("What's the good news?").fill('A song I made');
	await page
		.getByLabel('Or choose a recording from your phone')
		.first()
		.setInputFiles({ name: 'song.wav', mimeType: 'audio/wav', buffer: Buffer.from(wavBytes(3)) });
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();

	const before = await visit(page, '/me/say/feelings');
	expect(await pictures(page).count()).toBeGreaterThan(10);

	await setLowData(page, true);
	await expectNoAccessibilityViolations(page);
	const after = await visit(page, '/me/say/feelings');
	await expect(pictures(page)).toHaveCount(0);
	// The words that say what each picture means are all still there.
	await expect(page.getByRole('radio', { name: 'Very good' }).first()).toBeVisible();
	// No picture is fetched on its own: they were drawn in the page, and now are not in it.
	expect(after.requests.length).toBeLessThanOrEqual(before.requests.length);
	expect(after.htmlBytes).toBeLessThan(before.htmlBytes * 0.8);
	expect(after.bytes).toBeLessThan(before.bytes);
	console.log(
		`/me/say/feelings: ${before.htmlBytes} → ${after.htmlBytes} bytes of HTML, ${before.bytes} → ${after.bytes} in all`
	);

	await page.getByRole('link', { name: 'Show pictures' }).click();
	await expect(pictures(page).first()).toBeVisible();
	expect(await pictures(page).count()).toBeGreaterThan(10);

	// My words: the recording is not fetched until play is tapped.
	const heard: string[] = [];
	page.on('request', (request) => heard.push(new URL(request.url()).pathname));
	const words = await visit(page, '/me/words');
	const audio = page.locator('main audio').first();
	await expect(audio).toHaveAttribute('preload', 'none');
	await page.waitForTimeout(500);
	expect([...words.requests, ...heard].filter((p) => p.includes('/voice/'))).toEqual([]);
	const fetched = page.waitForResponse((r) => new URL(r.url()).pathname.includes('/voice/'));
	await audio.evaluate((player: HTMLAudioElement) => player.play().catch(() => undefined));
	expect((await fetched).status()).toBe(200);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('low data is set, pictures are left out, and "Show pictures" brings them back', async ({
		page
	}) => {
		await loginAs(page, 'jordan');
		await setLowData(page, true);
		await page.goto('/me');
		await expect(page.getByText('Pictures are off to save data.')).toBeVisible();
		await expect(pictures(page)).toHaveCount(0);
		await expect(
			page.getByRole('link', { name: /^I'm worried or I don't feel safe/ })
		).toBeVisible();
		await page.getByRole('link', { name: 'Show pictures' }).click();
		await expect(page).toHaveURL(/\/me\?pictures=show$/);
		expect(await pictures(page).count()).toBeGreaterThan(10);
		await expect(page.getByRole('link', { name: 'Show pictures' })).toHaveCount(0);
	});
});
