import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const jordanId = () =>
	queryTestDatabase<{ id: string }>(
		"SELECT id FROM young_people WHERE preferred_name = 'Jordan'"
	)[0]!.id;

test('a worker fills a statement in with a young person, and it says so on both sides', async ({
	page,
	browser
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${jordanId()}/with`);
	await expectNoAccessibilityViolations(page);
	await page.getByRole('link', { name: /Share good news/ }).click();
	await expect(page.getByText('You are filling this in together with Jordan.')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save and finish later' })).toHaveCount(0);
	await page.getByLabel("What's the good news?").fill('We made a plan for my birthday together');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/worker\/statements\//);

	const [row] = queryTestDatabase<{ with: string | null; email: string }>(
		'SELECT s.completed_with_worker_id AS "with", u.email FROM statements s JOIN users u ON u.id = s.completed_with_worker_id WHERE s.answers LIKE \'%birthday together%\''
	);
	expect(row?.email).toBe('sam@glenbrae.example');

	const child = await browser.newContext(PHONE);
	const phone = await child.newPage();
	await loginAs(phone, 'jordan');
	await phone.goto('/me/things');
	await phone
		.getByRole('link', { name: /Share good news/ })
		.first()
		.click();
	await expect(phone.getByText('You filled this in with Sam.')).toBeVisible();
	await child.close();
});

test("a worker cannot fill in with someone else's young person", async ({ page }) => {
	await loginAs(page, 'jamie');
	expect((await page.goto(`/worker/young-people/${jordanId()}/with`))?.status()).toBe(404);
	expect((await page.goto(`/worker/young-people/${jordanId()}/with/good_news`))?.status()).toBe(
		404
	);
});
