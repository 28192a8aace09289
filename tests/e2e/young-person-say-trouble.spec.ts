import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { statementsWith } from '../helpers/database';
import { withServiceWorker } from '../helpers/offline';
import { loginAs, waitForPageScript } from '../helpers/session';

/*
 * A send that cannot go through for a reason other than signal says so, and says what will
 * work: signed out mid-form (expired, replaced, "sign out everywhere"), and words far too long.
 * Neither is "Check your signal": trying again as it is could never work.
 */
test.use(PHONE);

const SIGNED_OUT = "You've been signed out. Sign in again — your words are kept.";
const NO_SIGNAL = /Check your signal|Waiting for signal/;
const TOO_LONG = 'This is too long to send. Your words are still here.';
/** Far over the 64 KB any form may carry, as pasted into a box. */
const PASTED = 'x'.repeat(100_000);

/** Signs in on the login page the link opened, and comes back where the link said. */
async function signInHere(page: Page, who: 'leah' | 'maya') {
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

test('signed out mid-form, Send says to sign in again, and once signed in the words send by themselves', async ({
	page,
	context
}) => {
	test.slow(); // signs in twice on a phone
	await loginAs(page, 'leah');
	await page.goto('/me/say/good_news');
	// The phone that keeps a send for later: the words wait in its queue, as with no signal.
	await withServiceWorker(page);
	await waitForPageScript(page);
	const words = `Signed out mid-form ${Date.now()}`;
	await page.getByLabel("What's the good news?").fill(words);

	// The session ends while the form is open, as an expiry or "sign out everywhere" does.
	await context.clearCookies();
	await page.getByRole('button', { name: 'Send', exact: true }).click();

	const said = page.getByRole('alert').filter({ hasText: SIGNED_OUT });
	await expect(said).toBeVisible();
	await expect(page.getByText(NO_SIGNAL)).toHaveCount(0);
	const signIn = said.getByRole('link', { name: 'Sign in' });
	await expect(signIn).toHaveAttribute('href', '/login?next=%2Fme%2Fsay%2Fgood_news');
	expect(statementsWith(words)).toBe(0);

	await signIn.click();
	await signInHere(page, 'leah');
	await expect(page).toHaveURL(/\/me\/say\/good_news$/, { timeout: 15_000 });
	// Kept on the phone in its queue, it sends by itself now that Leah is signed in again: once.
	await expect.poll(() => statementsWith(words), { timeout: 20_000 }).toBe(1);
});

test('signed out mid-form in simple mode, Next says to sign in again, not to check the signal', async ({
	page,
	context
}) => {
	await loginAs(page, 'maya');
	// Another journey may turn Maya's simple mode off; this one needs it on.
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
	await page.goto('/me/say/good_news');
	await waitForPageScript(page);
	await expect(page.getByText('Question 1 of 3')).toBeVisible();
	await page.getByRole('radio', { name: 'Something I did' }).check();

	await context.clearCookies();
	await page.getByRole('button', { name: 'Next' }).click();

	const said = page.getByRole('alert').filter({ hasText: SIGNED_OUT });
	await expect(said).toBeVisible();
	await expect(page.getByText(NO_SIGNAL)).toHaveCount(0);
	// Back to the same question once signed in; what was chosen stays on the phone.
	await expect(said.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
		'href',
		'/login?next=%2Fme%2Fsay%2Fgood_news%3Fstep%3D0'
	);
	await expect(page.getByRole('radio', { name: 'Something I did' })).toBeChecked();
});

test('the counter says how many letters too many, never a negative number left', async ({
	page
}) => {
	await loginAs(page, 'alex');
	await page.goto('/me/say/make_a_change');
	await waitForPageScript(page);
	await page.getByLabel('What do you want to change?').fill(PASTED);
	await expect(page.getByText('98000 letters too many')).toBeVisible();
	await expect(page.getByText(/-\d+ letters? left/)).toHaveCount(0);

	// The boxes of About me share theirs with staff forms.
	await page.goto('/me/about');
	await waitForPageScript(page);
	// Emptied first, so the counter says the limit whatever Alex kept here before.
	await page.locator('#likes').fill('');
	const max = Number(
		/Up to (\d+) letters/.exec(await page.locator('#likes-count').innerText())![1]
	);
	await page.locator('#likes').fill('y'.repeat(max + 1));
	await expect(page.locator('#likes-count')).toHaveText('1 letter too many');
});

test('words too long for any form say so, not that the signal is the problem, and stay in the box', async ({
	page
}) => {
	await loginAs(page, 'alex');
	await page.goto('/me/say/make_a_change');
	await waitForPageScript(page);
	const box = page.getByLabel('What do you want to change?');
	await box.fill(PASTED);

	const answered = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	expect((await answered).status()).toBe(413);
	await expect(page.getByRole('alert').filter({ hasText: TOO_LONG })).toBeVisible();
	await expect(page.getByText(NO_SIGNAL)).toHaveCount(0);
	await expect(box).toHaveValue(PASTED);

	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByRole('alert').filter({ hasText: TOO_LONG })).toBeVisible();
	await expect(page.getByText(NO_SIGNAL)).toHaveCount(0);
	await expect(box).toHaveValue(PASTED);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a form sent after the session ended gets a page saying so, with a way to sign in', async ({
		page,
		context
	}) => {
		await loginAs(page, 'jordan');
		await page.goto('/me/say/good_news');
		await page.getByLabel("What's the good news?").fill('Sent once the session had ended');
		await context.clearCookies();

		const answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		const response = await answered;
		expect(response.status()).toBe(401);
		expect(response.headers()['content-type']).toContain('text/html');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("You've been signed out");
		const signIn = page.getByRole('link', { name: 'Sign in' });
		await expect(signIn).toHaveAttribute('href', '/login?next=%2Fme%2Fsay%2Fgood_news');
		await signIn.click();
		await expect(page).toHaveURL(/\/login\?next=%2Fme%2Fsay%2Fgood_news$/);
	});

	test('words too long get a page saying so and to go back and shorten them', async ({ page }) => {
		await loginAs(page, 'alex');
		await page.goto('/me/say/make_a_change');
		await page.getByLabel('What do you want to change?').fill(PASTED);

		const answered = page.waitForResponse((r) => r.request().method() === 'POST');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		const response = await answered;
		expect(response.status()).toBe(413);
		expect(response.headers()['content-type']).toContain('text/html');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('That was too long to send');
		await expect(page.getByText('Go back, make them shorter, then send them again.')).toBeVisible();
		await expect(page.getByText("We couldn't read that form")).toHaveCount(0);
	});
});
