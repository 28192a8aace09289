import { expect, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, DESKTOP, PHONE, type DemoAccount } from './accounts';

/**
 * Signs in through the real form, as a person would, and waits for their home. `base` names a
 * server of the journey's own (tests/helpers/own-server.ts); without it, the shared one.
 */
export async function loginAs(page: Page, who: DemoAccount, base = ''): Promise<void> {
	await page.goto(`${base}/login`);
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// A password check takes its time on a busy machine: wait for the home a little longer than a click.
	await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`), { timeout: 15_000 });
	// Signing in loads the home as a whole page: its address shows before its content has come.
	await page.waitForLoadState('load');
}

/**
 * A second person in the same journey: their own browser context (their own cookies), signed in.
 * Staff sit at an office screen unless `phone` is asked for.
 */
export async function signedInPage(
	browser: Browser,
	who: DemoAccount,
	{ phone = false, base = '' }: { phone?: boolean; base?: string } = {}
) {
	const context = await browser.newContext(phone ? PHONE : DESKTOP);
	const page = await context.newPage();
	await loginAs(page, who, base);
	return { page, context, close: () => context.close() };
}

/**
 * Waits until the page's script has taken over the page just drawn. Typing before then races
 * the page's own start: a box can be handed its saved words while the test types into it.
 */
export async function waitForPageScript(page: Page): Promise<void> {
	await page.locator('html[data-live]').waitFor({ state: 'attached' });
}
