import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use(PHONE);

async function expectHelpBeforeTheFirstQuestion(page: Page, firstQuestion: string | RegExp) {
	const help = page.getByRole('region', { name: 'Need help right now?' });
	await expect(help).toBeVisible();
	await expect(help.getByRole('link', { name: 'Call 999' })).toBeVisible();
	await expect(help.getByRole('link', { name: 'Call 0800 1111' })).toBeVisible();
	await expect(help.getByText('Childline')).toBeVisible();
	const helpTop = (await help.boundingBox())!.y;
	const questionTop = (await page.getByText(firstQuestion).first().boundingBox())!.y;
	expect(helpTop).toBeLessThan(questionTop);
}

test('the worry form says who to call before anything is typed, and offers no sharing or finishing later', async ({
	page
}) => {
	test.slow(); // a long journey on a phone
	await loginAs(page, 'jordan');
	await page.getByRole('link', { name: /I'm worried/ }).click();
	await expectHelpBeforeTheFirstQuestion(page, "What's happening? What are you worried about?");
	await expect(page.getByText(/OK to use my words/)).toHaveCount(0);
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Save and finish later' })).toHaveCount(0);
	await expectNoAccessibilityViolations(page);

	// Even a hand-made request cannot mark a worry as shareable.
	await page
		.getByLabel("What's happening? What are you worried about?")
		.fill('Someone keeps following me home');
	const key = await page.locator('input[name="idempotencyKey"]').inputValue();
	const origin = new URL(page.url()).origin;
	const response = await page.request.post('/me/say/worried?/send', {
		form: { what: 'Someone keeps following me home', idempotencyKey: key, consent: 'yes' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	const [stored] = queryTestDatabase<{ consent: number; urgent: number }>(
		"SELECT consent_to_share AS consent, urgent FROM statements WHERE kind = 'worried' AND answers LIKE '%keeps following me home%'"
	);
	expect(stored).toEqual({ consent: 0, urgent: 1 });
});

test('in simple mode the worry form shows who to call on every page', async ({ page }) => {
	test.slow(); // a long journey on a phone
	await loginAs(page, 'maya');
	await page.goto('/me/say/worried');
	await expectHelpBeforeTheFirstQuestion(page, 'What is it about?');
	await page.getByRole('radio', { name: 'Home' }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expectHelpBeforeTheFirstQuestion(page, 'What is wrong?');
	await page.getByLabel('What is wrong?').fill('I had a bad dream about home');
	await page.getByRole('button', { name: 'Next' }).click();
	await expectHelpBeforeTheFirstQuestion(page, 'Are you safe now?');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Need help right now?' })).toBeVisible();
	await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('other forms still offer sharing and finishing later', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/good_news');
	await expect(page.getByRole('region', { name: 'Need help right now?' })).toHaveCount(0);
	await expect(page.getByRole('checkbox', { name: /OK to use my words/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save and finish later' })).toBeVisible();
});

test('every choice in a list has words (no empty first choice)', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/before_meeting');
	// The kind of meeting is asked once "A meeting that isn't listed" is chosen.
	await page.getByRole('radio', { name: "A meeting that isn't listed" }).check();
	const select = page.getByLabel('What kind of meeting?');
	await expect(select).toBeVisible();
	const labels = await page
		.locator('option')
		.evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).label.trim()));
	expect(labels.length).toBeGreaterThan(1);
	expect(labels.filter((label) => label === '')).toEqual([]);
	await expect(select).toHaveValue('');
});

test('"We kept what you wrote" is said only over words that were kept', async ({ page }) => {
	await loginAs(page, 'jordan');
	const kept = page.getByText('We kept what you wrote last time.');
	await page.goto('/me/say/good_news');
	// Nothing typed (and anything an earlier visit left, emptied).
	await page.getByLabel("What's the good news?").fill('');
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await page.goto('/me');
	await page.goto('/me/say/good_news');
	await expect(page.getByLabel("What's the good news?")).toHaveValue('');
	await expect(kept).toHaveCount(0);

	await page.getByLabel("What's the good news?").fill('I got picked for the team');
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await page.goto('/me');
	await page.goto('/me/say/good_news');
	await expect(kept).toBeVisible();
	await expect(page.getByLabel("What's the good news?")).toHaveValue('I got picked for the team');
});

test('"We kept what you wrote" is not said on each simple-mode step', async ({ page }) => {
	await loginAs(page, 'kai');
	// Another journey turns Kai's simple mode off; this one needs it on whatever ran before.
	await page.goto('/me/settings');
	await page.getByRole('group', { name: 'Simple mode' }).getByLabel('On').check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
	const kept = page.getByText('We kept what you wrote last time.');
	await page.goto('/me/say/good_news');
	await page.getByRole('radio', { name: 'Something I did' }).check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await page.getByLabel('What good thing happened?').fill('I scored a goal');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Question 3 of 3')).toBeVisible();
	await expect(kept).toHaveCount(0);
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await expect(page.getByLabel('What good thing happened?')).toHaveValue('I scored a goal');
	await expect(kept).toHaveCount(0);

	// Coming back to the form later is when it is worth saying.
	await page.goto('/me');
	await page.goto('/me/say/good_news');
	await expect(kept).toBeVisible();
	await expect(page.getByRole('radio', { name: 'Something I did' })).toBeChecked();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByLabel('What good thing happened?')).toHaveValue('I scored a goal');
});

const BROKEN = /How like you're|How active, doing|How included, part of/;

test('the feelings questions read as plain English', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/feelings');
	const questions = await page.locator('legend').allInnerTexts();
	expect(questions).toHaveLength(8);
	for (const question of questions) {
		expect(question).not.toMatch(BROKEN);
		expect(question).toMatch(/^How .+\?/);
	}
	await expect(
		page.getByRole('group', {
			name: /How do you feel you are doing at school and at things you try\?/
		})
	).toBeVisible();
	await expect(
		page.getByRole('group', { name: /How do you feel about the things you get to do for fun\?/ })
	).toBeVisible();
	await expect(
		page.getByRole('group', { name: /How well do you feel you fit in and belong\?/ })
	).toBeVisible();
	const boxes = await page
		.locator('textarea')
		.evaluateAll((areas) =>
			areas.map((a) => (a as HTMLTextAreaElement).labels?.[0]?.textContent ?? '')
		);
	expect(boxes).toHaveLength(8);
	for (const box of boxes) expect(box).toMatch(/^Anything you want to say about [^,]+\?/);
});

test('the simple feelings questions read as plain English, one a page', async ({ page }) => {
	test.slow(); // a long journey on a phone
	await loginAs(page, 'maya');
	await page.goto('/me/say/feelings');
	for (let i = 1; i <= 8; i += 1) {
		await expect(page.getByText(`Question ${i} of 8`)).toBeVisible();
		const legend = await page.locator('legend').innerText();
		expect(legend).not.toMatch(BROKEN);
		expect(legend).not.toMatch(/^\w+: how do you feel\?/);
		await page.getByRole('radio', { name: 'Good', exact: true }).check();
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
});

test('My things tells two of the same kind apart by date and first words', async ({
	page,
	browser
}) => {
	test.slow(); // a long journey on a phone
	await loginAs(page, 'jordan');
	await page.goto('/me/say/make_a_change');
	await page
		.getByRole('group', { name: 'What is it about?' })
		.getByRole('radio', { name: 'House rules' })
		.check();
	await page
		.getByLabel('What do you want to change?')
		.fill('I want to stay up until ten on Fridays so I can watch the match');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').pop();

	const office = await browser.newContext();
	const worker = await office.newPage();
	await loginAs(worker, 'sam');
	await worker.goto(`/worker/statements/${id}`);
	await worker.getByRole('radio', { name: 'Partly agreed' }).check();
	await worker
		.getByLabel('Explanation for Jordan')
		.fill('You can stay up until ten when there is a match on.');
	await worker.getByRole('button', { name: 'Record outcome' }).click();
	await expect(worker.getByRole('status')).toHaveText(/outcome was recorded/);
	await office.close();

	await page.goto('/me/things');
	const decided = page.getByRole('link', { name: /Make a change.*Decided: Partly agreed/ });
	await expect(decided).toHaveCount(2);
	const names = await decided.evaluateAll((links) =>
		links.map((l) => l.textContent!.replace(/\s+/g, ' ').trim())
	);
	expect(new Set(names).size).toBe(2);
	await expect(
		decided.filter({ hasText: '“I want to stay up until ten on Fridays so I can watch the…”' })
	).toContainText(/Sent \w{3} \d{1,2} \w{3}/);
	await expect(
		decided.filter({ hasText: '“I want to see my gran on Sundays as well as Wednesdays.”' })
	).toContainText(/Sent \w{3} \d{1,2} \w{3}/);
	await expectNoAccessibilityViolations(page);
});
