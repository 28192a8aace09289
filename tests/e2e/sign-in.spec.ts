import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE, type DemoAccount } from '../helpers/accounts';
import { loginAs } from '../helpers/session';
import { openTestDatabase } from '../helpers/database';

const HEADINGS: [DemoAccount, RegExp][] = [
	['admin', /Administration/],
	['lead', /Participation/],
	['manager', /My team/],
	['sam', /My young people/],
	['jamie', /My young people/]
];

for (const [who, heading] of HEADINGS) {
	test(`${who} signs in and lands on their home`, async ({ page }) => {
		await loginAs(page, who);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	});
}

test.describe('on a phone', () => {
	test.use(PHONE);

	test('a young person signs in with their username and sees what they can do', async ({
		page
	}) => {
		await loginAs(page, 'maya');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hi Maya');
		await expect(page.getByText('Your worker is Sam.')).toBeVisible();
		await expect(page.getByRole('link', { name: /Make a change/ })).toBeVisible();
		await expect(page.getByRole('link', { name: /I'm worried/ })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
		// My plan for the future is for care leavers, not a 9-year-old.
		await expect(page.getByRole('link', { name: /My plan for the future/ })).toHaveCount(0);
	});

	test('a care leaver is offered "My plan for the future"', async ({ page }) => {
		await loginAs(page, 'alex');
		await expect(page.getByRole('link', { name: /My plan for the future/ })).toBeVisible();
	});
});

test('a wrong password gets a clear message that reveals nothing', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO.sam.signIn);
	await page.getByLabel('Password').fill('not-the-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/That username or password didn't work/);
	// The same words for an account that does not exist.
	await page.getByLabel('Username or work email').fill('nobody@glenbrae.example');
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toHaveText(/That username or password didn't work/);
	await expect(page.getByLabel('Username or work email')).toHaveValue('nobody@glenbrae.example');
});

test('signing in again after visiting a page returns to that page, and signing out ends the session', async ({
	page
}) => {
	await page.goto('/manager');
	await expect(page).toHaveURL(/\/login\?next=%2Fmanager$/);
	await page.getByLabel('Username or work email').fill(DEMO.manager.signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/manager$/);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page.getByRole('status')).toHaveText(/You have signed out/);
	await page.goto('/manager');
	await expect(page).toHaveURL(/\/login/);
});

test('the session cookie is httpOnly and SameSite=Lax: 8 hours for staff, 30 days on a young person’s phone', async ({
	page,
	context
}) => {
	const sessionCookie = async () =>
		(await context.cookies()).find((c) => c.name === 'heard_session');
	// Give or take the test's own running time.
	const hoursLeft = async () =>
		(((await sessionCookie())?.expires ?? 0) * 1000 - Date.now()) / 3_600_000;
	await loginAs(page, 'sam');
	expect((await sessionCookie())?.httpOnly).toBe(true);
	expect((await sessionCookie())?.sameSite).toBe('Lax');
	expect(await hoursLeft()).toBeGreaterThan(7.9);
	expect(await hoursLeft()).toBeLessThan(8.01);

	await page.getByRole('button', { name: 'Sign out' }).click();
	await loginAs(page, 'jordan');
	expect((await sessionCookie())?.httpOnly).toBe(true);
	expect((await hoursLeft()) / 24).toBeGreaterThan(29.9);
	expect((await hoursLeft()) / 24).toBeLessThan(30.01);
});

async function signInFrom(page: Page, address: string, who: DemoAccount) {
	await page.context().clearCookies();
	await page.goto(address);
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

// Each resolves, in a browser, to another site (or broke sign-in with a server error).
const OFF_SITE_NEXT = [
	'%2F%09%2Fevil.example',
	'%2F%0A%2Fevil.example',
	'%2F%0D%2Fevil.example',
	'%2F%5Cevil.example',
	'%2F%2Fevil.example',
	'https%3A%2F%2Fevil.example%2F'
];

for (const next of OFF_SITE_NEXT) {
	test(`"next=${next}" after sign-in does not lead off the site: it lands on the person's home`, async ({
		page,
		baseURL
	}) => {
		await signInFrom(page, `/login?next=${next}`, 'sam');
		await expect(page).toHaveURL(`${baseURL}/worker`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/My young people/);
	});
}

test('"next" cannot send a young person to a staff page, but keeps a page of their own', async ({
	page,
	baseURL
}) => {
	await signInFrom(page, '/login?next=%2Fadmin%2Fstaff', 'maya');
	await expect(page).toHaveURL(`${baseURL}/me`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hi Maya');

	await signInFrom(page, '/login?next=%2Fme%2Fthings', 'maya');
	await expect(page).toHaveURL(`${baseURL}/me/things`);
});

test('"next" cannot send staff to a young person\'s page', async ({ page, baseURL }) => {
	await signInFrom(page, '/login?next=%2Fme%2Fthings', 'sam');
	await expect(page).toHaveURL(`${baseURL}/worker`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/My young people/);
});

test.describe('an archived young person', () => {
	// Archived as the admin's archive page does it: the record closed and the account switched off.
	test.beforeEach(() => setArchived('alex', true));
	test.afterEach(() => setArchived('alex', false));

	test('is told, only with the right password, that their account is closed and who to talk to', async ({
		page
	}) => {
		await page.goto('/login');
		await page.getByLabel('Username or work email').fill('alex');
		await page.getByLabel('Password').fill('not-the-password');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page.getByRole('alert')).toHaveText(/That username or password didn't work/);
		await expect(page.getByText(/closed/)).toHaveCount(0);

		// Trying again and again with the right password never leads to "too many tries".
		for (let i = 0; i < 6; i++) {
			await page.getByLabel('Password').fill(DEMO_PASSWORD);
			await page.getByRole('button', { name: 'Sign in' }).click();
			await expect(page.getByRole('alert')).toContainText(
				"Your Heard account is closed, so you can't sign in any more."
			);
		}
		await expect(page.getByRole('alert')).toContainText(
			'Talk to Jamie, your worker, or to someone at Glenbrae Council'
		);
		await expect(page.getByRole('link', { name: 'Call 0800 1111' })).toBeVisible();
		await expect(page).toHaveURL(/\/login$/);
	});
});

function setArchived(username: string, archived: boolean) {
	const db = openTestDatabase();
	try {
		const { id } = db.prepare('SELECT id FROM users WHERE username = ?').get(username) as {
			id: string;
		};
		db.prepare('UPDATE users SET active = ? WHERE id = ?').run(archived ? 0 : 1, id);
		db.prepare('UPDATE young_people SET archived_at = ? WHERE user_id = ?').run(
			archived ? Date.now() : null,
			id
		);
	} finally {
		db.close();
	}
}
