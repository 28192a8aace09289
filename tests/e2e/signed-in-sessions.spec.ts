import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE, type DemoAccount } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';

// Each person here signs in on two or three devices (a password hash each): more than one page's time.
test.describe.configure({ timeout: 120_000 });

/** Devices told apart by their User-Agent, as real phones and computers are. */
const ANDROID_PHONE =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const WINDOWS_EDGE =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';
const IPAD =
	'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

async function signedInOn(browser: Browser, who: DemoAccount, userAgent: string): Promise<Page> {
	const page = await (await browser.newContext({ ...PHONE, userAgent })).newPage();
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
	return page;
}

/** A device that was signed out finds its cookie no longer works: it is sent to sign in. */
async function expectSignedOut(page: Page, home: string) {
	await page.goto(home);
	await expect(page).toHaveURL(/\/login/);
}

test('a young person sees the phones and computers where they are signed in, signs out one, then all the others', async ({
	browser
}) => {
	const phone = await signedInOn(browser, 'ruby', ANDROID_PHONE);
	const laptop = await signedInOn(browser, 'ruby', WINDOWS_EDGE);

	await phone.goto('/me/settings');
	await phone.getByRole('link', { name: 'Phones and computers where you are signed in' }).click();
	await expect(
		phone.getByRole('heading', { level: 1, name: 'Phones and computers where you are signed in' })
	).toBeVisible();
	const here = phone.getByRole('listitem').filter({ hasText: 'This one: you are using it now' });
	await expect(here).toContainText('A phone: Chrome on Android');
	await expect(here).toContainText(/Last used/);
	await expectNoAccessibilityViolations(phone);

	await phone.getByRole('link', { name: 'Sign out a computer: Microsoft Edge on Windows' }).click();
	await expect(
		phone.getByText(/Sign out of a computer: Microsoft Edge on Windows\?/)
	).toBeVisible();
	await expectNoAccessibilityViolations(phone);
	await phone.getByRole('button', { name: 'Yes, sign out' }).click();
	await expect(phone.getByRole('status')).toHaveText('Done. It is signed out.');
	await expect(phone.getByText('A computer: Microsoft Edge on Windows')).toHaveCount(0);
	await expectSignedOut(laptop, '/me');

	const tablet = await signedInOn(browser, 'ruby', IPAD);
	await phone.reload();
	await expect(phone.getByText('A tablet: Safari on iOS')).toBeVisible();
	await phone.getByRole('link', { name: 'Sign out of all the others' }).click();
	await phone.getByRole('button', { name: 'Yes, sign out' }).click();
	await expect(phone.getByRole('status')).toHaveText('Done. All the others are signed out.');
	await expect(phone.getByText('Heard is only open here.')).toBeVisible();
	await expectSignedOut(tablet, '/me');
	// This phone is still signed in.
	await phone.goto('/me');
	await expect(phone).toHaveURL(/\/me$/);
});

test('a worker sees where they are signed in and signs out another device and then all the others', async ({
	browser
}) => {
	const desk = await signedInOn(browser, 'jamie', WINDOWS_EDGE);
	const phone = await signedInOn(browser, 'jamie', ANDROID_PHONE);
	const tablet = await signedInOn(browser, 'jamie', IPAD);

	await desk.getByRole('link', { name: 'Where I am signed in' }).click();
	await expect(
		desk.getByRole('heading', { level: 1, name: 'Where you are signed in' })
	).toBeVisible();
	await expect(
		desk.getByRole('listitem').filter({ hasText: 'This device: you are using it now' })
	).toContainText('A computer: Microsoft Edge on Windows');
	await expectNoAccessibilityViolations(desk);

	await desk.getByRole('link', { name: 'Sign out a phone: Chrome on Android' }).click();
	await desk.getByRole('button', { name: 'Yes, sign out' }).click();
	await expect(desk.getByRole('status')).toHaveText('Done: that one is signed out.');
	await expectSignedOut(phone, '/worker');

	await desk.getByRole('link', { name: 'Sign out everywhere else' }).click();
	await expect(desk.getByText(/Sign out every other phone and computer/)).toBeVisible();
	await desk.getByRole('button', { name: 'Yes, sign out' }).click();
	await expect(desk.getByRole('status')).toContainText('Done: you are signed out everywhere else');
	await expectSignedOut(tablet, '/worker');
	await desk.goto('/worker');
	await expect(desk).toHaveURL(/\/worker$/);
});

test('an administrator signs a young person out everywhere, confirmed and audited', async ({
	browser
}) => {
	const child = await signedInOn(browser, 'leah', ANDROID_PHONE);
	const admin = await signedInOn(browser, 'admin', WINDOWS_EDGE);
	const [leah] = queryTestDatabase<{ id: string; userId: string }>(
		"SELECT id, user_id AS userId FROM young_people WHERE preferred_name = 'Leah'"
	);
	await admin.goto(`/admin/young-people/${leah!.id}`);
	const section = admin.getByRole('region', { name: 'Where they are signed in' });
	await expect(section).toContainText(
		/Leah is signed in on \d+ (phone or computer|phones or computers)\./
	);
	await section.getByRole('button', { name: 'Sign out everywhere' }).click();
	await expect(section.getByText('Tick the box to confirm.')).toBeVisible();
	await section.getByLabel('Yes, sign Leah out everywhere').check();
	await section.getByRole('button', { name: 'Sign out everywhere' }).click();
	await expect(section.getByRole('status')).toContainText('Leah is signed out everywhere');
	await expect(section).toContainText('Leah is not signed in anywhere.');
	await expectNoAccessibilityViolations(admin);
	await expectSignedOut(child, '/me');

	const audited = queryTestDatabase<{ n: number }>(
		`SELECT count(*) AS n FROM audit_events WHERE action = 'sessions_ended_by_admin' AND subject_id = '${leah!.userId}'`
	);
	expect(audited[0]!.n).toBe(1);
});

test('an administrator signs a member of staff out everywhere', async ({ browser }) => {
	const worker = await signedInOn(browser, 'jamie', IPAD);
	const admin = await signedInOn(browser, 'admin', WINDOWS_EDGE);
	const [jamie] = queryTestDatabase<{ id: string }>(
		"SELECT id FROM users WHERE email = 'jamie@glenbrae.example'"
	);
	await admin.goto(`/admin/staff/${jamie!.id}`);
	const section = admin.getByRole('region', { name: 'Where they are signed in' });
	await section.getByLabel('Yes, sign Jamie Brown out everywhere').check();
	await section.getByRole('button', { name: 'Sign out everywhere' }).click();
	await expect(section.getByRole('status')).toContainText('Jamie Brown is signed out everywhere');
	await expectSignedOut(worker, '/worker');
});
