import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { phoneWithBrowserTextAt200Percent } from '../helpers/big-text';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, addOwnMeeting, signInAsChild } from '../helpers/own-child';
import { loginAs } from '../helpers/session';

// Every kind a younger child can send with pictures alone; "My plan for the future" is for care
// leavers, and a change needs a few words about what should change (simple-forms-follow-ups.spec.ts).
const KINDS = ['before_meeting', 'feelings', 'worried', 'good_news', 'feedback'];

async function turnSimpleModeOn(page: Page) {
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
}

/** What a small screen must never do, and what a small finger needs: targets 48 px or more. */
async function expectFitsAndBigTargets(page: Page, where: string) {
	const sideways = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways, `${where} scrolls sideways`).toBe(0);
	const small = await page.evaluate(() =>
		[...document.querySelectorAll('main label.option, main button, main a.button')]
			.map((el) => ({ text: (el.textContent ?? '').trim(), box: el.getBoundingClientRect() }))
			.filter(({ box }) => box.height < 48 || box.width < 48)
			.map(({ text, box }) => `${text} (${Math.round(box.width)}×${Math.round(box.height)})`)
	);
	expect(small, `${where}: targets under 48 px`).toEqual([]);
}

/**
 * Answers every question of a kind by tapping pictures alone (two where more than one may be
 * picked), typing nothing, until "Ready to send?". Returns how many questions were asked.
 */
async function answerWithPicturesOnly(page: Page, kind: string, axe: boolean) {
	await page.goto(`/me/say/${kind}`);
	for (let step = 0; step < 20; step++) {
		if (await page.getByRole('heading', { name: 'Ready to send?' }).isVisible()) return step;
		await expect(page.getByText(`Question ${step + 1} of`)).toBeVisible();
		await expectFitsAndBigTargets(page, `${kind} question ${step + 1}`);
		if (axe && (kind !== 'feelings' || step === 0)) await expectNoAccessibilityViolations(page);
		if (process.env.SCREENSHOTS)
			await page.screenshot({ path: `test-results/simple-${kind}-${step + 1}.png` });
		const pictures = page.locator('main label.option');
		const count = await pictures.count();
		// Every answer to tap has its picture as well as its words.
		await expect(page.locator('main label.option svg')).toHaveCount(count);
		if (count > 0) await pictures.first().click();
		if (count > 1 && (await page.locator('main input[type=checkbox]').count()) > 0)
			await pictures.nth(1).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page).toHaveURL(new RegExp(`step=${step + 1}`));
	}
	throw new Error(`${kind} never reached "Ready to send?"`);
}

async function sendAndBeThanked(page: Page, kind: string, axe: boolean) {
	await expectFitsAndBigTargets(page, `${kind} ready to send`);
	if (axe) await expectNoAccessibilityViolations(page);
	if (process.env.SCREENSHOTS)
		await page.screenshot({ path: `test-results/simple-${kind}-ready.png`, fullPage: true });
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	await expect(page.getByText('Thank you for telling us.')).toBeVisible();
	await expectFitsAndBigTargets(page, `${kind} sent`);
	if (axe) await expectNoAccessibilityViolations(page);
}

const sentBy = (name: string) =>
	queryTestDatabase<{ id: string; kind: string; answers: string; simple: number }>(
		"SELECT s.id, s.kind, s.answers, s.simple_mode AS simple FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = ? AND s.status <> 'draft'",
		name
	);

test.describe('on a phone 360 pixels wide', () => {
	test.use(PHONE);

	// One child of the test's own for each kind, so each journey stands alone.
	for (const [i, kind] of KINDS.entries()) {
		test(`a child in simple mode sends ${kind} with pictures alone, typing nothing`, async ({
			page
		}) => {
			test.setTimeout(150_000);
			const name = `Poppy${'abcdef'[i]}`;
			addOwnChild(name);
			await signInAsChild(page, name.toLowerCase());
			await turnSimpleModeOn(page);
			const asked = await answerWithPicturesOnly(page, kind, true);
			// "Ready to send?" shows each answer, with a way back to change it.
			await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(asked);
			await sendAndBeThanked(page, kind, true);
			const sent = sentBy(name);
			expect(sent.map((s) => [s.kind, s.simple])).toEqual([[kind, 1]]);
		});
	}

	test('with no meeting on their list a child is told their worker will add it, and their worker reads their pictures', async ({
		page,
		browser
	}) => {
		test.setTimeout(150_000);
		addOwnChild('Poppyg');
		await signInAsChild(page, 'poppyg');
		await turnSimpleModeOn(page);
		await page.goto('/me/say/before_meeting');
		// Never asked for a kind of meeting or a date.
		await expect(page.getByText('Your worker will add it.')).toBeVisible();
		await expect(page.locator('input[type=date], select')).toHaveCount(0);
		await answerWithPicturesOnly(page, 'before_meeting', false);
		await expect(page.getByRole('listitem').filter({ hasText: 'Which meeting?' })).toContainText(
			'Your worker will add it.'
		);
		await sendAndBeThanked(page, 'before_meeting', false);
		const [views] = sentBy('Poppyg');
		expect(JSON.parse(views!.answers)).toMatchObject({
			meeting: 'other',
			go: 'yes',
			who_there_picks: 'family,carer'
		});

		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const sam = await context.newPage();
			await loginAs(sam, 'sam');
			await sam.goto(`/worker/statements/${views!.id}`);
			const answer = (question: string) =>
				sam.locator('dt', { hasText: question }).locator('xpath=following-sibling::dd[1]');
			await expect(answer('Who do you want there?')).toHaveText(
				'My family, The people I live with'
			);
			// As Poppy was asked it, on the simple form.
			await expect(answer('Do you want to go?')).toHaveText('Yes');
		} finally {
			await context.close();
		}
	});
});

test('at 320 pixels with the browser\'s text at 200 %, a child picks their meeting and who to have there, changes an answer from "Ready to send?", and sends', async ({
	baseURL
}, testInfo) => {
	test.setTimeout(180_000);
	const { id, sam } = addOwnChild('Ellis');
	addOwnMeeting(id, -12, sam);
	const { context, close } = await phoneWithBrowserTextAt200Percent(
		baseURL!,
		testInfo.project.use.launchOptions ?? {}
	);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await signInAsChild(page, 'ellis');
		await turnSimpleModeOn(page);

		const asked = await answerWithPicturesOnly(page, 'before_meeting', true);
		const ready = page.getByRole('listitem').filter({ hasText: 'Who do you want there?' });
		await expect(ready).toContainText('My family');
		await ready.getByRole('link', { name: /^Change/ }).click();
		const who = page.getByRole('group', { name: /Who do you want there\?/ });
		await who.getByLabel('My family').uncheck();
		await who.getByLabel('My teacher').check();
		await expectNoAccessibilityViolations(page);
		await page.getByRole('button', { name: 'Next' }).click();
		// Straight back to "Ready to send?", with the new answer and nothing else changed.
		await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
		await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(asked);
		await expect(ready).toContainText('The people I live with');
		await expect(ready).toContainText('My teacher');
		await expect(ready).not.toContainText('My family');
		await sendAndBeThanked(page, 'before_meeting', true);

		const [views] = sentBy('Ellis');
		const [meeting] = queryTestDatabase<{ id: string }>(
			'SELECT id FROM meetings WHERE young_person_id = ?',
			id
		);
		expect(JSON.parse(views!.answers)).toMatchObject({
			meeting: meeting!.id,
			who_there_picks: 'carer,teacher'
		});
	} finally {
		await close();
	}
});
