import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs, signedInPage } from '../helpers/session';

test.use(PHONE);

const NOT_ASKED = '(not asked: the simple form leaves this question out)';

async function setSimpleMode(page: Page, on: boolean) {
	await page.goto('/me/settings');
	await page
		.getByRole('group', { name: 'Simple mode' })
		.getByLabel(on ? 'On' : 'Off')
		.check();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Your settings are saved.');
}

async function next(page: Page, nowOn: string) {
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText(nowOn)).toBeVisible();
}

/** The answer printed under a question on a staff page. */
const answerTo = (page: Page, question: string) =>
	page.locator('dt', { hasText: question }).locator('xpath=following-sibling::dd[1]');

test('in simple mode a child says who they want at the meeting and how to take part, and the pack tells what was not asked', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await loginAs(page, 'maya');
	// Maya is in simple mode by age; on, whatever another journey left.
	await setSimpleMode(page, true);

	await page.goto('/me/say/before_meeting');
	await expect(page.getByText('Question 1 of 8')).toBeVisible();
	await page.getByLabel(/Review meeting on/).check();
	await next(page, 'Question 2 of 8');
	await page.getByLabel('House of good things: what is good?').fill('Drawing with Auntie Jen');
	await next(page, 'Question 3 of 8');
	// The house of worries is left empty.
	await next(page, 'Question 4 of 8');
	await page.getByLabel('House of dreams: what do you wish for?').fill('A dog');
	await next(page, 'Question 5 of 8');
	await page.getByRole('group', { name: 'Do you want to go?' }).getByLabel('Yes').check();
	await next(page, 'Question 6 of 8');
	// How they want to take part follows "yes" to going.
	const takePart = page.getByRole('group', { name: /How do you want to be part of the meeting\?/ });
	await expect(takePart.getByRole('radio')).toHaveCount(4);
	// Each choice has a picture as well as words.
	await expect(takePart.locator('.option svg')).toHaveCount(4);
	await expectNoAccessibilityViolations(page);
	await takePart.getByLabel('I want to go, but not speak').check();
	await next(page, 'Question 7 of 8');
	// Who they want there is picked with pictures, as many as they like: no words to write.
	const who = page.getByRole('group', { name: 'Who do you want there?' });
	await expect(who.locator('.option svg')).toHaveCount(7);
	await who.getByLabel('My family').check();
	await who.getByLabel('My teacher').check();
	await next(page, 'Question 8 of 8');
	// Only whether they want an interpreter, with pictures: their worker asks which language.
	const interpreter = page.getByRole('group', {
		name: /Do you want someone there who speaks your language\?/
	});
	await expect(interpreter.locator('.option svg')).toHaveCount(3);
	await interpreter.getByLabel('No, thank you').check();
	await page.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();

	const [meeting] = queryTestDatabase<{ id: string }>(
		"SELECT m.id FROM meetings m JOIN young_people y ON y.id = m.young_person_id WHERE y.preferred_name = 'Maya' AND m.type = 'looked_after_review'"
	);
	const sam = await signedInPage(browser, 'sam');
	try {
		await sam.page.goto(`/worker/meetings/${meeting!.id}`);
		await expect(answerTo(sam.page, 'Who do you want there?')).toHaveText('My family, My teacher');
		// Each question reads as Maya was asked it, on the simple form.
		await expect(answerTo(sam.page, 'Who do you want at the meeting?')).toHaveText(NOT_ASKED);
		await expect(answerTo(sam.page, 'How do you want to be part of the meeting?')).toHaveText(
			'I want to go, but not speak'
		);
		await expect(answerTo(sam.page, 'House of worries: what worries you?')).toHaveText(
			'(left blank)'
		);
		await expect(
			answerTo(sam.page, "Is there anything you don't want read out at the meeting?")
		).toHaveText(NOT_ASKED);
		await expect(sam.page.getByText('(not answered)')).toHaveCount(0);
		await expectNoAccessibilityViolations(sam.page);

		const pack = await (
			await sam.page.request.get(`/worker/meetings/${meeting!.id}/pack.txt`)
		).text();
		expect(pack).toContain('My family, My teacher');
		expect(pack).toContain(
			`Is there anything you don't want read out at the meeting?\n  ${NOT_ASKED}`
		);
		expect(pack).not.toContain('(not answered)');
	} finally {
		await sam.close();
	}
});

test('a care leaver in simple mode is asked about their plan one question a page, and it reaches their worker', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await loginAs(page, 'alex');
	await setSimpleMode(page, true);
	let statement: string | undefined;
	try {
		await page.goto('/me/say/my_future');
		await expect(page.getByText('Question 1 of 4')).toBeVisible();
		await page.getByLabel('Home: where do you want to live?').fill('Near my brother');
		await next(page, 'Question 2 of 4');
		await page.getByLabel('Money: what help do you want?').fill('Help with the electric bill');
		await next(page, 'Question 3 of 4');
		await page
			.getByLabel('College, training or work: what do you want to do?')
			.fill('An apprenticeship');
		await next(page, 'Question 4 of 4');
		await expectNoAccessibilityViolations(page);
		await page.getByLabel('What help do you want from us?').fill('Someone to check my forms');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		statement = new URL(page.url()).pathname.split('/').pop()!;
	} finally {
		// Other journeys fill Alex's plan in on the full form.
		await setSimpleMode(page, false);
	}

	const jamie = await signedInPage(browser, 'jamie');
	try {
		await jamie.page.goto(`/worker/statements/${statement!}`);
		// Alex's worker reads each question as Alex was asked it, on the simple form.
		await expect(jamie.page.getByText('Sent on the simple form')).toBeVisible();
		await expect(answerTo(jamie.page, 'Home: where do you want to live?')).toHaveText(
			'Near my brother'
		);
		await expect(answerTo(jamie.page, 'What help do you want from us?')).toHaveText(
			'Someone to check my forms'
		);
		await expect(
			answerTo(jamie.page, 'Your health and wellbeing: anything you want help with?')
		).toHaveText(NOT_ASKED);
	} finally {
		await jamie.close();
	}
});
