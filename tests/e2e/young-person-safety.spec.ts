import { expect, test } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use(PHONE);

const countGoodNews = (text: string) =>
	queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM statements WHERE kind = 'good_news' AND answers LIKE ?",
		`%${text}%`
	)[0]?.n;

test('simple mode asks one question at a time with faces, for the 9-year-old', async ({ page }) => {
	await loginAs(page, 'maya');
	await page.goto('/me/say/feelings');
	await expect(page.getByText('Question 1 of 8')).toBeVisible();
	await expect(page.getByRole('group')).toHaveCount(1);
	for (let i = 1; i <= 8; i += 1) {
		await expect(page.getByText(`Question ${i} of 8`)).toBeVisible();
		await page.getByRole('radio', { name: 'Very good' }).check();
		await page.getByRole('button', { name: 'Next' }).click();
	}
	await expect(page.getByRole('heading', { name: 'Ready to send?' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	await expect(page.getByText('Very good (5/5)').first()).toBeVisible();
});

test('a draft survives closing the page', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/good_news');
	await page.getByLabel("What's the good news?").fill('Half-written good news');
	await page.reload();
	await expect(page.getByLabel("What's the good news?")).toHaveValue('Half-written good news');
	await page.getByRole('button', { name: 'Save and finish later' }).click();
	await expect(page.getByRole('status')).toHaveText(/Saved/);
});

test('a double tap sends once', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/good_news');
	await page.getByLabel("What's the good news?").fill('Double tap news');
	const key = await page.locator('input[name="idempotencyKey"]').inputValue();
	const origin = new URL(page.url()).origin;
	const form = { what: 'Double tap news', idempotencyKey: key };
	const [a, b] = await Promise.all([
		page.request.post('/me/say/good_news?/send', {
			form,
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		}),
		page.request.post('/me/say/good_news?/send', {
			form,
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		})
	]);
	expect([a.status(), b.status()]).toEqual([303, 303]);
	expect(a.headers().location).toBe(b.headers().location);
	expect(countGoodNews('Double tap news')).toBe(1);
});

test.describe('with JavaScript off', () => {
	test.use({ javaScriptEnabled: false });
	test('a statement can still be written and sent', async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('Username or work email').fill(DEMO.jordan.signIn);
		await page.getByLabel('Password').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Sign in' }).click();
		await page.goto('/me/say/good_news');
		await page.getByLabel("What's the good news?").fill('Sent without JavaScript');
		await page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		expect(countGoodNews('Sent without JavaScript')).toBe(1);
	});
});

test('quick exit leaves at once and Back does not return to Heard', async ({ page, context }) => {
	await context.route('https://www.bbc.co.uk/**', (route) =>
		route.fulfill({ body: '<title>Weather</title>', contentType: 'text/html' })
	);
	await loginAs(page, 'maya');
	const fresh = await context.newPage();
	await fresh.goto('/me');
	await fresh.getByRole('link', { name: 'Quick exit' }).click();
	await expect(fresh).toHaveURL(/bbc\.co\.uk\/weather/);
	await fresh.goBack();
	expect(fresh.url()).not.toContain('localhost');
});

test('replies and outcomes from the worker show in My things', async ({ page }) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/things');
	await page.getByRole('link', { name: /Make a change.*Decided: Partly agreed/ }).click();
	await expect(
		page.getByRole('heading', { name: 'What was decided: Partly agreed' })
	).toBeVisible();
	await expect(page.getByText(/every other Sunday/)).toBeVisible();
	await page.getByLabel('Mostly').check();
	await page.getByRole('button', { name: 'Save my answer' }).click();
	await expect(page.getByText('Thank you. We use this to get better at listening.')).toBeVisible();

	await page.goto('/me/things');
	await page.getByRole('link', { name: /I'm worried.*Sam replied/ }).click();
	await expect(page.getByText('I am coming to see you at school today')).toBeVisible();
	await page.getByLabel('Write back').fill('OK thank you, see you at 1');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('status')).toHaveText('Your reply has been sent.');
	await expect(page.getByText('OK thank you, see you at 1')).toBeVisible();
	await expectNoAccessibilityViolations(page);
});

test("another young person's statement is not found", async ({ page }) => {
	const [maya] = queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Maya' LIMIT 1"
	);
	await loginAs(page, 'jordan');
	const response = await page.goto(`/me/things/${maya?.id}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByText('Maya')).toHaveCount(0);
});
