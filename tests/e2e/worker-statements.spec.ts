import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

test('a worker reads a new statement, replies, and the young person sees it was read', async ({
	page,
	browser
}) => {
	await loginAs(page, 'sam');
	await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	const row = page
		.getByRole('row')
		.filter({ hasText: 'Share good news' })
		.filter({ has: page.getByRole('link', { name: 'Maya' }) });
	await expect(row.getByText('Unread')).toBeVisible();
	await row.getByRole('link', { name: 'Maya' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Share good news, from Maya');
	await expect(page.getByText('I got a star for my reading!')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'About me, in their own words' })).toBeVisible();
	await expect(page.getByText(/First read by Sam/)).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page
		.getByLabel('Your reply to Maya')
		.fill('That is brilliant, Maya. Auntie Jen must be proud.');
	await page.getByLabel(/this is what we decided/).check();
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByRole('status')).toHaveText(/Your reply was sent/);
	await expect(page.getByText('That is brilliant, Maya.')).toBeVisible();
	await expect(page.getByText('This is what we decided', { exact: true })).toBeVisible();

	const [statement] = queryTestDatabase<{
		id: string;
		status: string;
		first_read_at: number | null;
	}>(
		"SELECT s.id, s.status, s.first_read_at FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Maya' AND s.kind = 'good_news' ORDER BY s.sent_at DESC LIMIT 1"
	);
	expect(statement?.status).toBe('replied');
	expect(statement?.first_read_at).not.toBeNull();
	const reads = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'statement_read' AND subject_id = ?",
		statement?.id
	);
	expect(reads[0]?.n).toBeGreaterThanOrEqual(1);

	// The young person, on their phone, sees who read it.
	const phone = await browser.newContext({ ...PHONE });
	const child = await phone.newPage();
	await loginAs(child, 'maya');
	await child.goto(`/me/things/${statement?.id}`);
	await expect(child.getByText(/Sam replied|Read by Sam/).first()).toBeVisible();
	await expect(child.getByText('That is brilliant, Maya.')).toBeVisible();
	await phone.close();
});

test('a worker records the outcome of a change request, and must explain it', async ({ page }) => {
	await loginAs(page, 'sam');
	await page.goto('/worker?status=open_change');
	await page
		.getByRole('row')
		.filter({ hasText: 'Make a change' })
		.getByRole('link', { name: 'Leah' })
		.click();
	await expect(page.getByText('Phones taken at 9pm is too early at weekends.')).toBeVisible();

	await page.getByRole('radio', { name: 'Partly agreed' }).check();
	await page.getByRole('button', { name: 'Record outcome' }).click();
	await expect(page.getByText('Write an explanation for Leah.')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page
		.getByLabel('Explanation for Leah')
		.fill('You can keep your phone until 10:30 on Fridays. Saturdays stay at 9pm for now.');
	await page.getByRole('button', { name: 'Record outcome' }).click();
	await expect(page.getByRole('status')).toHaveText(/outcome was recorded/);
	const [row] = queryTestDatabase<{ status: string; decision: string }>(
		"SELECT s.status, o.decision FROM statements s JOIN outcomes o ON o.statement_id = s.id WHERE s.answers LIKE '%Phones taken at 9pm%'"
	);
	expect(row).toEqual({ status: 'closed', decision: 'partly_agreed' });
	await page.goto('/worker?status=open_change');
	await expect(
		page.getByRole('table', { name: 'Inbox' }).getByRole('row').filter({ hasText: 'Leah' })
	).toHaveCount(0);
});

test('the inbox filters work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	await loginAs(page, 'sam');
	await page.getByLabel('Kind').selectOption({ label: "How I'm feeling" });
	await page.getByLabel('Status').selectOption({ label: 'Everything' });
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/kind=feelings/);
	const kinds = await page
		.getByRole('table', { name: 'Inbox' })
		.locator('tbody tr td:nth-child(2)')
		.allTextContents();
	expect(kinds.length).toBeGreaterThan(0);
	expect(new Set(kinds)).toEqual(new Set(["How I'm feeling"]));
	await context.close();
});
