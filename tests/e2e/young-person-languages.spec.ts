import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase } from '../helpers/database';
import { englishOn } from '../helpers/english-fallback';
import { htmlErrors } from '../helpers/html-checker';
import { turnLanguagesOn } from '../helpers/languages';
import { addOwnChild, addOwnMeeting, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

/*
 * A young person who reads Welsh, and one who reads Arabic, send a worry on
 * their phone and read their worker's answer, then ask for an interpreter at
 * their review, every page in their own
 * language (no English left in it), usable by everyone, valid HTML, and with
 * `lang` and `dir` right.
 */
test.describe.configure({ mode: 'serial', timeout: 120_000 });

const youngPersonWords = (locale: string): Record<string, string> =>
	JSON.parse(readFileSync(`messages/${locale}/young-person.json`, 'utf8'));

let putSwitchesBack: () => void;
test.beforeAll(() => {
	putSwitchesBack = turnLanguagesOn(['cy', 'ar']);
});
test.afterAll(() => putSwitchesBack());

const JOURNEYS = [
	{
		locale: 'cy',
		dir: 'ltr',
		name: 'Gwenllian',
		worry: "Dw i'n poeni am yr ysgol newydd",
		interpreter: 'welsh'
	},
	{
		locale: 'ar',
		dir: 'rtl',
		name: 'Layla',
		worry: 'أنا قلقة من المدرسة الجديدة',
		interpreter: 'arabic'
	}
] as const;

for (const { locale, dir, name: first, worry, interpreter } of JOURNEYS) {
	test(`in ${locale}: a young person sends a worry and their views before a review asking for an interpreter, and reads their worker's answer`, async ({
		browser
	}) => {
		const name = `${first}${Date.now() % 100000}`;
		const child = addOwnChild(name);
		const db = openTestDatabase();
		db.prepare('UPDATE young_people SET language = ? WHERE id = ?').run(locale, child.id);
		db.close();
		const words = youngPersonWords(locale);
		const own = await browser.newContext(PHONE);
		const page = await own.newPage();
		const inTheirLanguage = async () => {
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			await expect(page.locator('html')).toHaveAttribute('dir', dir);
			expect(await englishOn(page, locale), page.url()).toEqual([]);
		};

		await signInAsChild(page, child.username);
		await page.goto('/me/say/worried');
		await inTheirLanguage();
		await expectNoAccessibilityViolations(page);
		await page.locator('textarea[name="what"]').fill(worry);
		await page.locator('input[name="safe_now"][value="yes"]').check();
		await page.getByRole('button', { name: words.form_send, exact: true }).click();
		await expect(page.getByRole('heading', { name: words.sent_title })).toBeVisible();
		await inTheirLanguage();
		await expectNoAccessibilityViolations(page);
		const id = new URL(page.url()).pathname.split('/').pop()!;
		const served = async (path: string) => ({
			name: path,
			html: await (await page.request.get(path, { headers: { accept: 'text/html' } })).text()
		});
		const pages = [await served('/me/say/worried'), await served(`/me/things/${id}`)];
		expect(pages.every((p) => p.html.includes(`<html lang="${locale}" dir="${dir}"`))).toBe(true);
		expect(htmlErrors(pages)).toEqual([]);

		// Their worker reads it, their words in their own script, and answers.
		const sam = await signedInPage(browser, 'sam');
		await sam.page.goto(`/worker/statements/${id}`);
		await expect(sam.page.getByText(worry)).toBeVisible();
		await sam.page
			.getByLabel(`Your reply to ${name}`)
			.fill('Thank you for telling me. Can we talk on Monday?');
		await sam.page.getByRole('button', { name: 'Send reply' }).click();
		await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);
		await sam.context.close();

		await page.goto(`/me/things/${id}`);
		await expect(page.getByText('Can we talk on Monday?')).toBeVisible();
		await expect(page.getByText(worry)).toBeVisible();
		await inTheirLanguage();
		await expectNoAccessibilityViolations(page);

		// Before their review they ask for an interpreter who speaks their language.
		const meetingId = addOwnMeeting(child.id, -10, child.sam);
		await page.goto('/me/say/before_meeting');
		await inTheirLanguage();
		await page.locator(`input[name="meeting"][value="${meetingId}"]`).check();
		await page.locator('textarea[name="going_well"]').fill(worry);
		await page.locator('input[name="interpreter"][value="yes"]').check();
		await page.locator(`input[name="interpreter_language"][value="${interpreter}"]`).check();
		await page.getByRole('button', { name: words.form_send, exact: true }).click();
		await expect(page.getByRole('heading', { name: words.sent_title })).toBeVisible();
		const views = new URL(page.url()).pathname.split('/').pop()!;
		await own.close();

		const worker = await signedInPage(browser, 'sam');
		await worker.page.goto(`/worker/statements/${views}`);
		await expect(worker.page.getByTestId('interpreter-request')).toContainText(
			'Wants an interpreter at the meeting'
		);
		await worker.context.close();
	});
}
