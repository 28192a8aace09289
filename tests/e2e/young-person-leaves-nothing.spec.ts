import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { loginAs, waitForPageScript } from '../helpers/session';

// Whoever picks up the phone after a quick exit or a sign-out finds nothing the child typed
// (a sign-in ended elsewhere keeps it for the child, behind their next sign-in)
// (docs/adr/0012-quick-exit-history.md, docs/adr/0032-installable-offline-app.md), and every
// page a young person can land on, error pages included, keeps Quick exit.
test.use(PHONE);
test.describe.configure({ timeout: 90_000 });

const NEUTRAL = /^https:\/\/www\.bbc\.co\.uk\/weather/;

test.beforeEach(async ({ context }) => {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' })
	);
});

/** The say form's copies kept on the phone as it is typed (keep-draft.ts). */
const draftsOnThePhone = (page: Page) =>
	page.evaluate(() =>
		[localStorage, sessionStorage].flatMap((store) =>
			Object.keys(store)
				.filter((key) => key.startsWith('heard-draft:'))
				.map((key) => `${key} = ${store.getItem(key)}`)
		)
	);

/** Looked at from a plain file of Heard's own site, where none of Heard's scripts run. */
async function draftsLeftBehind(page: Page) {
	await page.goto('/robots.txt');
	return await draftsOnThePhone(page);
}

const draftOnTheServer = (youngPersonId: string, words: string) =>
	queryTestDatabase<{ n: number }>(
		'SELECT count(*) AS n FROM drafts WHERE young_person_id = ? AND answers LIKE ?',
		youngPersonId,
		`%${words}%`
	)[0]?.n;

/** A child of the test's own, so no demo child is left with a half-written worry. */
async function typeAWorry(page: Page, name: string) {
	const child = addOwnChild(`${name}${Date.now() % 100000}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/worried');
	await waitForPageScript(page);
	const words = `My stepdad hit me again last night ${Date.now()}`;
	await page.getByLabel(/What's happening\?/).fill(words);
	// Kept on the phone as typed: what the rest of the test must see go.
	await expect.poll(() => draftsOnThePhone(page)).toEqual([expect.stringContaining(words)]);
	return { child, words };
}

test('quick exit leaves nothing the child typed on the phone, and the words wait on the server', async ({
	page
}) => {
	const { child, words } = await typeAWorry(page, 'Quill');
	await page.getByRole('link', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	expect(await draftsLeftBehind(page)).toEqual([]);
	// Not lost for the child: the form sent them to the server, behind their sign-in, as it left.
	await expect.poll(() => draftOnTheServer(child.id, words), { timeout: 10_000 }).toBe(1);
});

test('signing out leaves nothing the child typed on the phone', async ({ page }) => {
	await typeAWorry(page, 'Sorrel');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('button', { name: 'Sign out' })
		.click();
	await expect(page).toHaveURL(/\/login\?signed_out=1$/);
	expect(await draftsOnThePhone(page)).toEqual([]);
	expect(await draftsLeftBehind(page)).toEqual([]);
});

test('signed out elsewhere, what was typed waits on the phone, shown to nobody, for the child to sign in again', async ({
	page
}) => {
	const { child, words } = await typeAWorry(page, 'Tamsin');
	// As "Sign out everywhere" or a sign-in grown old does: every sign-in of the child ends.
	const db = openTestDatabase();
	try {
		db.prepare(
			'DELETE FROM sessions WHERE user_id = (SELECT user_id FROM young_people WHERE id = ?)'
		).run(child.id);
	} finally {
		db.close();
	}
	await page.goto('/me');
	await expect(page).toHaveURL(/\/login/);
	await expect(page.getByText(words)).toHaveCount(0);
	// Not wiped: a child whose sign-in ended mid-form is told their words are kept (StatementForm).
	await signInAsChild(page, child.username);
	await page.goto('/me/say/worried');
	await expect(page.getByLabel(/What's happening\?/)).toHaveValue(words);
});

test("a young person's page that is not found keeps their menu and Quick exit, which works", async ({
	page
}) => {
	await loginAs(page, 'leah');
	// A page of theirs that does not exist, and addresses no page of Heard's answers, under /me
	// and outside it (a mistyped address).
	for (const path of ['/me/nothing-here/at-all', '/me/things/doesnotexist1234', '/things']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { name: "We can't find that page" })).toBeVisible();
		await expect(
			page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My things' })
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute(
			'href',
			'/me'
		);
	}
	await page.getByRole('link', { name: 'Quick exit' }).click();
	await expect(page).toHaveURL(NEUTRAL, { timeout: 15_000 });
	await expect(page).toHaveTitle('Weather');
});

test('a member of staff\'s "not found" page is as it was, with no Quick exit', async ({ page }) => {
	await loginAs(page, 'sam');
	const response = await page.goto('/worker/statements/doesnotexist1234');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: "We can't find that page" })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Quick exit' })).toHaveCount(0);
});
