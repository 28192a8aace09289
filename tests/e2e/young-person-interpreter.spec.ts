import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { switchLanguage } from '../helpers/languages';
import { addOwnChild, addOwnMeeting, signInAsChild } from '../helpers/own-child';
import { loginAs } from '../helpers/session';

// A young person who reads Heard in Welsh asks for an interpreter before their review; their
// worker sees the language the views were written in and the request, and the meeting pack
// prints it first. Welsh is on for the journey and off again after it.
test.describe.configure({ mode: 'serial' });

const NAME = `Dafydd${Date.now() % 100000}`;
const WORDS = 'Mae pêl-droed ar ddydd Sadwrn yn dda.';
let child: ReturnType<typeof addOwnChild>;
let meetingId = '';

test.beforeAll(() => {
	child = addOwnChild(NAME);
	meetingId = addOwnMeeting(child.id, -10, child.sam);
	const db = openTestDatabase();
	try {
		db.prepare("UPDATE young_people SET language = 'cy' WHERE id = ?").run(child.id);
	} finally {
		db.close();
	}
});

test('the young person asks, in Welsh, for an interpreter at their meeting', async ({
	browser
}) => {
	const admin = await browser.newContext();
	await switchLanguage(await admin.newPage(), 'Welsh', true);
	await admin.close();

	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await signInAsChild(page, child.username);
	await page.goto('/me/say/before_meeting');
	await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
	await page.locator(`input[name="meeting"][value="${meetingId}"]`).check();
	await page.locator('textarea[name="going_well"]').fill(WORDS);
	const interpreter = page.getByRole('group', {
		name: 'Wyt ti eisiau cyfieithydd yn dy gyfarfod?'
	});
	await interpreter.getByRole('radio', { name: 'Ydw, os gwelwch yn dda' }).check();
	const language = page.getByRole('group', { name: "Pa iaith ddylai'r cyfieithydd ei siarad?" });
	await language.getByRole('radio', { name: 'Cymraeg' }).check();
	await page.getByRole('button', { name: 'Anfon', exact: true }).click();
	await expect(page.getByRole('heading', { name: "Wedi'i anfon!" })).toBeVisible();
	await context.close();

	const [row] = queryTestDatabase<{ language: string; version: number }>(
		"SELECT language, template_version AS version FROM statements WHERE young_person_id = ? AND kind = 'before_meeting'",
		child.id
	);
	expect(row).toEqual({ language: 'cy', version: 5 });
});

test('the worker sees it was written in Welsh, and the interpreter asked for', async ({ page }) => {
	const [{ id }] = queryTestDatabase<{ id: string }>(
		'SELECT id FROM statements WHERE young_person_id = ?',
		child.id
	) as [{ id: string }];
	await loginAs(page, 'sam');
	await page.goto(`/worker/statements/${id}`);
	await expect(page.getByTestId('written-in')).toHaveText('Written in Welsh');
	const request = page.getByTestId('interpreter-request');
	await expect(request).toContainText('Wants an interpreter at the meeting');
	await expect(request).toContainText('Language: Welsh (Cymraeg)');
	await expect(page.getByText(WORDS)).toBeVisible();
	await expectNoAccessibilityViolations(page);
});

test('the meeting pack puts the interpreter first, on the page and in its text', async ({
	page
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/meetings/${meetingId}`);
	const request = page.getByTestId('interpreter-request');
	await expect(request).toContainText('Wants an interpreter at the meeting');
	// Before the views themselves: it is the first thing the chair reads.
	const [requestTop, viewsTop] = await Promise.all([
		request.evaluate((el) => el.getBoundingClientRect().top),
		page
			.getByRole('heading', { level: 2 })
			.first()
			.evaluate((el) => el.getBoundingClientRect().top)
	]);
	expect(requestTop).toBeLessThan(viewsTop);
	await expect(page.getByRole('heading', { level: 3 })).toContainText('Written in Welsh');

	const pack = await page.request.get(`/worker/meetings/${meetingId}/pack.txt`);
	const text = await pack.text();
	const lines = text.split('\n');
	expect(lines[2]).toBe(
		'Interpreter: Wants an interpreter at the meeting. Language: Welsh (Cymraeg)'
	);
	expect(text).toContain('Language: Written in Welsh');
	expect(text).toContain(WORDS);
});

test.afterAll(async ({ browser }) => {
	const context = await browser.newContext();
	await switchLanguage(await context.newPage(), 'Welsh', false);
	await context.close();
});
