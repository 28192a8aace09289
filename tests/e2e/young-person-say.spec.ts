import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { loginAs } from '../helpers/session';

test.use(PHONE);

async function send(page: Page) {
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
}

test('every kind can be said, sent and found in My things', async ({ page }) => {
	await loginAs(page, 'jordan');

	await page.goto('/me/say/before_meeting');
	await page.getByLabel(/Child protection conference on/).check();
	await page.getByLabel("What's going well for you?").fill('Football on Saturdays');
	await page.getByLabel('I want to go and speak for myself').check();
	await expect(page.getByText('Your worker Sam, and their manager.')).toBeVisible();
	await expect(page.getByText(/another social worker will read it/)).toHaveCount(0);
	await send(page);
	await expect(page.getByText('For your Child protection conference on')).toBeVisible();

	await page.goto('/me/say/make_a_change');
	await page.getByLabel('Money').check();
	await page.getByLabel('What do you want to change?').fill('More pocket money for the bus');
	await send(page);
	await expect(page.getByText(/Sam will read it by \w{3} \d{1,2} \w{3}\./)).toBeVisible();

	await page.goto('/me/say/feelings');
	for (const group of await page.getByRole('group').all()) {
		const good = group.getByRole('radio', { name: 'Good', exact: true });
		if (await good.count()) await good.check();
	}
	await send(page);

	await page.goto('/me/say/good_news');
	await page.getByLabel("What's the good news?").fill('I scored a goal');
	await send(page);

	await page.goto('/me/say/feedback');
	await page.getByLabel(/What was it\?/).fill('My review');
	await page
		.getByRole('group', { name: /listened to/ })
		.getByRole('radio', { name: 'Good', exact: true })
		.check();
	await page
		.getByRole('group', { name: /understand/ })
		.getByRole('radio', { name: 'OK', exact: true })
		.check();
	await send(page);

	await page.goto('/me/things');
	for (const kind of [
		'Have your say before a meeting',
		'Make a change',
		"How I'm feeling",
		'Share good news',
		'Tell us how it went'
	]) {
		await expect(page.getByRole('link', { name: new RegExp(kind) }).first()).toBeVisible();
	}
	await expectNoAccessibilityViolations(page);
});

test('a care leaver sends their plan for the future', async ({ page }) => {
	await loginAs(page, 'alex');
	await page.goto('/me/say/my_future');
	await page.getByLabel(/College, training or work/).fill('An apprenticeship in a kitchen');
	await send(page);
	await page.goto('/me/things');
	await expect(page.getByRole('link', { name: /My plan for the future/ }).first()).toBeVisible();
});

test('"I\'m worried" is urgent and shows who to contact now', async ({ page }) => {
	await loginAs(page, 'leah');
	await page.goto('/me/say/worried');
	await page.getByLabel(/What's happening\?/).fill('Someone keeps messaging me and it scares me');
	// Told who else reads it: the demo has no out-of-hours team, so no night promise is made.
	await expect(
		page.getByText('We tell your worker and their manager. They know at once.')
	).toBeVisible();
	await expect(page.getByText(/another social worker will read it/)).toHaveCount(0);
	await send(page);
	await expect(
		page.getByText("We've told your worker and their manager. They know now.")
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Call 999' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Call 0800 1111' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	const [row] = queryTestDatabase<{ urgent: number }>(
		"SELECT s.urgent FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Leah' AND s.kind = 'worried'"
	);
	expect(row?.urgent).toBe(1);
});

test('missing answers and over-long words are explained, and nothing typed is lost', async ({
	page
}) => {
	// A child of the test's own: the page keeps what was typed (on the phone, and on the server
	// when it is hidden), and no demo child's form should open on these words afterwards.
	await signInAsChild(page, addOwnChild(`Rowan${Date.now() % 100000}`).username);
	await page.goto('/me/say/make_a_change');
	const long = 'x'.repeat(2001);
	await page.getByLabel('Why does it matter to you?').fill(long);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('alert').first()).toHaveText(/Some answers need another look/);
	await expect(page.getByText('Please answer this one.').first()).toBeVisible();
	await expect(
		page.getByText('This is too long. Please make it shorter (up to 2000 letters).')
	).toBeVisible();
	await expect(page.getByLabel('Why does it matter to you?')).toHaveValue(long);
	await expectNoAccessibilityViolations(page);
});
