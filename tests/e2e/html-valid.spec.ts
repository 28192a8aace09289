import { expect, test, type Page } from '@playwright/test';
import { loginAs } from '../helpers/session';
import { queryTestDatabase } from '../helpers/database';
import { htmlErrors } from '../helpers/html-checker';
import type { DemoAccount } from '../helpers/accounts';

/**
 * The pages a child or a council's reviewer is owed (the notices, "I'm not happy", the
 * accessibility statement) and the pages added with them are valid HTML, as the W3C's Nu Html
 * Checker reads the HTML the server sends, signed in where the page needs it (ADR 30).
 */
test.describe.configure({ timeout: 120_000 });

const served = async (page: Page, path: string) => {
	const response = await page.request.get(path, { headers: { accept: 'text/html' } });
	expect(response.status(), path).toBe(200);
	return { name: path, html: await response.text() };
};

async function pagesAs(page: Page, who: DemoAccount | null, paths: string[]) {
	await page.context().clearCookies();
	if (who) await loginAs(page, who);
	const found = [];
	for (const path of paths) found.push(await served(page, path));
	return found;
}

test('the notices, the complaint page, the accessibility statement and the new pages are valid HTML', async ({
	page
}) => {
	// Kai makes a complaint first, so "I'm not happy" shows one and the team has one to open.
	await loginAs(page, 'kai');
	await page.goto('/me/not-happy');
	await page.getByLabel(/Make a complaint/).check();
	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByRole('status')).toContainText('Sent.');
	const [complaint] = queryTestDatabase<{ id: string }>(
		"SELECT c.id FROM complaints c JOIN young_people y ON y.id = c.young_person_id WHERE y.preferred_name = 'Kai'"
	);
	const pages = [
		...(await pagesAs(page, 'kai', ['/me/not-happy', '/me/settings/signed-in'])),
		...(await pagesAs(page, null, ['/privacy', '/privacy/full', '/accessibility'])),
		...(await pagesAs(page, 'aileen', [
			'/complaints',
			`/complaints/${complaint!.id}`,
			'/account/sessions'
		]))
	];
	// The checker must have had real pages to read, or passing would prove nothing.
	expect(pages.every((p) => /^<!doctype html>/i.test(p.html.trim()))).toBe(true);
	expect(htmlErrors(pages)).toEqual([]);
});

test('the pages a child says things on, by pictures or voice, and where their worker hears it, are valid HTML', async ({
	page
}) => {
	const [statement] = queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Leah' ORDER BY s.sent_at DESC LIMIT 1"
	);
	const pages = [
		// Maya is young enough for simple mode: one question a page, picture answers.
		...(await pagesAs(page, 'maya', [
			'/me',
			'/me/say/before_meeting',
			'/me/say/worried',
			'/me/say/good_news',
			'/me/feelings',
			'/me/words'
		])),
		// Kai reads every question at once, each words question with its recorder.
		...(await pagesAs(page, 'kai', ['/me/say/make_a_change', '/me/say/feedback'])),
		...(await pagesAs(page, 'sam', ['/worker', `/worker/statements/${statement!.id}`]))
	];
	expect(pages.every((p) => /^<!doctype html>/i.test(p.html.trim()))).toBe(true);
	expect(htmlErrors(pages)).toEqual([]);
});

test('the checker does find an error in HTML that breaks the standard', () => {
	const broken =
		'<!doctype html><html lang="en"><head><title>x</title></head><body><p>a<div></p></body></html>';
	expect(htmlErrors([{ name: 'broken', html: broken }]).join('\n')).toMatch(/^broken line 1:/);
});
