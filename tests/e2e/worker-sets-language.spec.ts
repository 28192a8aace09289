import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { loginAs } from '../helpers/session';

// A worker sets their young person's language on the record; the young person's pages and the
// sign-in letter follow it. Welsh is turned on for the journey and off again after it.
test.describe.configure({ mode: 'serial' });

const NAME = `Cerys${Date.now() % 100000}`;
let child: ReturnType<typeof addOwnChild>;

const welshCard = (page: Page) =>
	page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Welsh/ }) });

async function switchWelsh(page: Page, on: boolean) {
	await loginAs(page, 'admin');
	await page.goto('/admin/languages');
	const welsh = welshCard(page);
	if (on) {
		await welsh.getByLabel(/I understand that Welsh has not been reviewed/).check();
		await welsh.getByRole('button', { name: 'Turn on Welsh' }).click();
		await expect(page.getByText('Welsh is now on.')).toBeVisible();
	} else if (await welsh.getByRole('button', { name: 'Turn off Welsh' }).isVisible()) {
		await welsh.getByRole('button', { name: 'Turn off Welsh' }).click();
		await expect(page.getByText('Welsh is now off.')).toBeVisible();
	}
}

test.beforeAll(() => {
	child = addOwnChild(NAME);
});

test('a worker sets Welsh on the record, with a confirmation, and it is audited', async ({
	page
}) => {
	await switchWelsh(page, true);
	await page.context().clearCookies();
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${child.id}`);
	await expect(page.getByTestId('file-language')).toContainText('Reads Heard in English');
	await page.getByRole('link', { name: 'Change language' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${NAME}'s language`);
	await expectNoAccessibilityViolations(page);
	await expect(page.getByRole('radio', { name: 'English' })).toBeChecked();
	await page.getByRole('radio', { name: /^Welsh/ }).check();
	await page.getByRole('button', { name: 'Save language' }).click();
	await expect(page.getByRole('status')).toHaveText(`Saved. ${NAME}'s pages are in Welsh now.`);
	await page.getByRole('button', { name: 'Save language' }).click();
	await expect(page.getByRole('status')).toContainText('Nothing changed');

	await page.getByRole('link', { name: 'Back to the file' }).click();
	await expect(page.getByTestId('file-language')).toContainText('Reads Heard in Welsh');
	await expect(page.getByTestId('file-language').locator('[lang="cy"]')).toHaveText('Cymraeg');
	const audit = queryTestDatabase<{ detail: string; actor: string }>(
		"SELECT a.detail, u.email AS actor FROM audit_events a JOIN users u ON u.id = a.actor_id WHERE a.action = 'young_person_language_set' AND a.young_person_id = ?",
		child.id
	);
	expect(audit.map((a) => ({ actor: a.actor, detail: JSON.parse(a.detail) }))).toEqual([
		{ actor: DEMO.sam.signIn, detail: { from: 'en', to: 'cy' } }
	]);
});

test('the young person’s pages then come in Welsh', async ({ browser }) => {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await signInAsChild(page, child.username);
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await page.goto('/me/settings');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await expect(page.locator('input[name="locale"][value="cy"]')).toBeChecked();
	// What they write there is kept as written in Welsh.
	await page.goto('/me/say/good_news');
	await page.locator('textarea[name="what"]').fill('Sgoriais i gôl heddiw.');
	await page.getByRole('button', { name: 'Anfon', exact: true }).click();
	await expect(page.getByRole('heading', { name: "Wedi'i anfon!" })).toBeVisible();
	await context.close();
	// Staff are shown this as "Written in Welsh" (young-person-interpreter.spec.ts reads it there).
	expect(
		queryTestDatabase<{ language: string }>(
			'SELECT language FROM statements WHERE young_person_id = ?',
			child.id
		)
	).toEqual([{ language: 'cy' }]);
});

test('the sign-in letter the worker prints is in Welsh; the page around it stays English', async ({
	page
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${child.id}/sign-in-code`);
	await page.getByRole('button', { name: /Make a new code|Make a code and letter/ }).click();
	await expect(page.getByText('The letter is printed in Welsh, the language on')).toBeVisible();
	const letter = page.locator('article.letter');
	await expect(letter).toHaveAttribute('lang', 'cy');
	await expect(letter.getByRole('heading', { level: 1 })).toHaveText(`Helo ${NAME}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a worker of another team can neither open nor post the language of a child not theirs', async ({
	playwright,
	baseURL
}) => {
	const jamie = await playwright.request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	await jamie.post('/login', {
		form: { identifier: DEMO.jamie.signIn, password: DEMO_PASSWORD },
		maxRedirects: 0
	});
	const url = `/worker/young-people/${child.id}/language`;
	expect([403, 404]).toContain((await jamie.get(url, { maxRedirects: 0 })).status());
	const posted = await jamie.post(url, { form: { locale: 'ar' }, maxRedirects: 0 });
	expect([403, 404]).toContain(posted.status());
	await jamie.dispose();
	const [row] = queryTestDatabase<{ language: string }>(
		'SELECT language FROM young_people WHERE id = ?',
		child.id
	);
	expect(row!.language).toBe('cy');
});

// Other journeys expect English on the public pages: Welsh goes off again whatever happened.
test.afterAll(async ({ browser }) => {
	const context = await browser.newContext();
	await switchWelsh(await context.newPage(), false);
	await context.close();
});
