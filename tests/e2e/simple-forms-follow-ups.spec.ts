import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChildInMode, signInAsChild } from '../helpers/own-child';
import { signedInPage, waitForPageScript } from '../helpers/session';

// A child on the simple form says what their meeting is when it is not listed, is asked only
// the follow-ups their answers open, reads back what they sent with the questions they were
// asked, and cannot send a change that says nothing about what should change. On the one-page
// form a follow-up hides once it no longer applies, and the server keeps none that does not.
test.use(PHONE);

const stamp = Date.now() % 100000;

async function next(page: Page, nowOn: string | RegExp) {
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(nowOn)).toBeVisible();
}

const answersOf = (id: string) =>
	JSON.parse(
		queryTestDatabase<{ answers: string }>('SELECT answers FROM statements WHERE id = ?', id)[0]!
			.answers
	) as Record<string, unknown>;

test('a child on the simple form says which meeting it is, skips what does not apply, and reads it back as asked', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const child = addOwnChildInMode(`Nia${stamp}`, true);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/before_meeting');
	// With no meeting on their list, the form says their worker adds it, then asks about it.
	await next(page, 'What is the meeting? You can say it in your own words.');
	await page.getByLabel(/What is the meeting\?/).fill('My review at school');
	await next(page, /When is the meeting\?/);
	await page.getByLabel(/When is the meeting\?/).fill('Next Friday');
	await next(page, 'House of good things: what is good?');
	await next(page, 'House of worries: what worries you?');
	await next(page, 'House of dreams: what do you wish for?');
	await page.getByLabel('House of dreams: what do you wish for?').fill('More time with my gran');
	await next(page, 'Do you want to go?');
	await page
		.getByRole('group', { name: 'Do you want to go?' })
		.getByLabel('No', { exact: true })
		.check();
	// "No": how they want to take part is not asked; who they want there comes next.
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('group', { name: 'Who do you want there?' })).toBeVisible();
	await expect(page.getByText('Question 8 of 9')).toBeVisible();
	await next(page, 'Do you want someone there who speaks your language?');
	await page.getByLabel('No, thank you').check();
	await next(page, 'Ready to send?');
	await expect(page.getByText('How do you want to be part of the meeting?')).toHaveCount(0);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();

	// Read back with the questions they were asked, not the full form's.
	const said = page.locator('dl.answers');
	await expect(
		said.locator('dt', { hasText: 'House of dreams: what do you wish for?' })
	).toBeVisible();
	await expect(said).toContainText('More time with my gran');
	await expect(
		said.getByText('What is the meeting? You can say it in your own words.')
	).toBeVisible();
	await expect(said).toContainText('My review at school');
	await expect(said.getByText('What do you want to happen?')).toHaveCount(0);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	expect(answersOf(id)).not.toHaveProperty('attend');

	const sam = await signedInPage(browser, 'sam');
	try {
		await sam.page.goto(`/worker/statements/${id}`);
		await expect(sam.page.getByText('Sent on the simple form')).toBeVisible();
		await expect(sam.page.getByText('House of dreams: what do you wish for?')).toBeVisible();
		await expect(sam.page.getByText('Next Friday')).toBeVisible();
	} finally {
		await sam.close();
	}
});

test('a change on the simple form asks kindly for what should change, keeping the picture chosen', async ({
	page
}) => {
	const child = addOwnChildInMode(`Ewan${stamp}`, true);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/make_a_change');
	const about = page.getByRole('group', { name: /What is it about\?/ });
	await about.getByRole('radio').first().check();
	await next(page, 'Question 2 of 3');
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(
		page.getByText('Please tell us what you want to change. A few words is fine.')
	).toBeVisible();
	await expect(page.getByText('Question 2 of 3')).toBeVisible();
	await page.getByRole('button', { name: 'Back' }).click();
	await expect(about.getByRole('radio').first()).toBeChecked();
});

test('on the one-page form a follow-up hides when it no longer applies, and is not sent', async ({
	page
}) => {
	const child = addOwnChildInMode(`Owen${stamp}`, false);
	await signInAsChild(page, child.username);
	await page.goto('/me/say/before_meeting');
	await waitForPageScript(page);
	const language = page.getByRole('group', {
		name: 'Which language should the interpreter speak?'
	});
	const another = page.getByLabel('If it is another language, which one?');
	const kind = page.getByLabel('What kind of meeting?');
	await expect(language).toBeHidden();
	await expect(kind).toBeHidden();
	await page.getByLabel("A meeting that isn't listed").check();
	await expect(kind).toBeVisible();
	await kind.selectOption('looked_after_review');

	const interpreter = page.getByRole('group', { name: /Do you want an interpreter/ });
	await interpreter.getByLabel('Yes, please').check();
	await expect(language).toBeVisible();
	await expect(another).toBeHidden();
	await language.getByLabel('Another language').check();
	await expect(another).toBeVisible();
	await another.fill('Tigrinya');
	await interpreter.getByLabel('No, thank you').check();
	await expect(language).toBeHidden();
	await expect(another).toBeHidden();

	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const answers = answersOf(id);
	expect(answers).toMatchObject({ interpreter: 'no', meeting_other_type: 'looked_after_review' });
	expect(answers).not.toHaveProperty('interpreter_language');
	expect(answers).not.toHaveProperty('interpreter_language_other');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every question shows, and the server keeps no answer to a follow-up that does not apply', async ({
		page
	}) => {
		const child = addOwnChildInMode(`Cai${stamp}`, false);
		await signInAsChild(page, child.username);
		await page.goto('/me/say/before_meeting');
		await page.getByLabel("A meeting that isn't listed").check();
		const language = page.getByRole('group', {
			name: 'Which language should the interpreter speak?'
		});
		await expect(language).toBeVisible();
		await page
			.getByRole('group', { name: /Do you want an interpreter/ })
			.getByLabel('No, thank you')
			.check();
		await language.getByLabel('Another language').check();
		await page.getByLabel('If it is another language, which one?').fill('Tigrinya');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		const answers = answersOf(new URL(page.url()).pathname.split('/').pop()!);
		expect(answers).toMatchObject({ interpreter: 'no' });
		expect(answers).not.toHaveProperty('interpreter_language');
		expect(answers).not.toHaveProperty('interpreter_language_other');
	});
});
