import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const quarterOf = (d: Date) => `${d.getUTCFullYear()}-Q${Math.floor(d.getUTCMonth() / 3) + 1}`;

test.describe('a participation lead', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('builds a quarter report with every figure defined and small numbers hidden', async ({
		page
	}) => {
		await loginAs(page, 'lead');
		await page.getByRole('radio', { name: 'Quarter' }).check();
		// The newest quarter listed is the newest with a whole month counted: last month's.
		const today = new Date();
		const lastMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0));
		await page.getByLabel('Which quarter').selectOption(quarterOf(lastMonth));
		await page.getByRole('button', { name: 'Show report' }).click();
		await expect(page).toHaveURL(/period=quarter&quarter=\d{4}-Q\d/);
		await expect(
			page.getByRole('heading', {
				name: /^Report for \d{1,2} [A-Z][a-z]{2,3} \d{4} to \d{1,2} [A-Z][a-z]{2,3} \d{4}$/
			})
		).toBeVisible();
		for (const section of [
			'Reach',
			'Voice in meetings',
			'Make a change',
			'Responsiveness',
			'Wellbeing',
			'Worker stability',
			'Themes'
		]) {
			await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
		}
		await expect(page.getByRole('table', { name: 'Reach by team' })).toBeVisible();
		// The counts hidden are said as numbers, from the threshold (5): 1 to 4.
		await expect(
			page.getByText('To protect young people, counts from 1 to 4 are shown as "fewer than 5"', {
				exact: false
			})
		).toBeVisible();
		await expect(
			page
				.locator('figcaption', { hasText: /Views before meetings: meetings in the period/ })
				.first()
		).toBeVisible();
		// The demo has seven young people: counts under 5 are never printed as numbers.
		await expect(page.getByRole('cell', { name: 'fewer than 5' }).first()).toBeVisible();
		await expect(
			page.getByRole('img', { name: /Meetings held and views sent before, by meeting type/ })
		).toBeVisible();
		// No names reach the lead.
		const text = await page.locator('main').innerText();
		for (const name of ['Jordan', 'Maya', 'Leah', 'GB-100187']) expect(text).not.toContain(name);
		await expectNoAccessibilityViolations(page);
	});

	test('downloads the CSV with suppression markers and no identifying detail', async ({ page }) => {
		await loginAs(page, 'lead');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: 'Download CSV' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(/^participation-report-.*\.csv$/);
		const csv = await readFile((await download.path())!, 'utf8');
		const lines = csv.trim().split('\r\n');
		expect(lines[0]).toBe('section,table,group,measure,value');
		expect(lines.some((l) => l.startsWith('reach,Reach by team,'))).toBe(true);
		expect(lines.filter((l) => l.endsWith(',suppressed')).length).toBeGreaterThan(5);
		// The whole-organisation count of allocated young people (7 in the demo, more once journeys add
		// their own children) is at or above the threshold, so it is shown.
		const [allocated] = queryTestDatabase<{ n: number }>(
			`SELECT COUNT(DISTINCT a.young_person_id) AS n FROM allocations a
			 JOIN young_people y ON y.id = a.young_person_id
			 WHERE a.ended_at IS NULL AND y.archived_at IS NULL`
		);
		expect(allocated!.n).toBeGreaterThanOrEqual(7);
		expect(lines).toContain(`reach,Reach by team,All,Allocated young people,${allocated!.n}`);
		for (const name of ['Jordan', 'Maya', 'GB-100187']) expect(csv).not.toContain(name);
		const exported = queryTestDatabase<{ n: number }>(
			"SELECT COUNT(*) AS n FROM audit_events WHERE action = 'report_exported'"
		);
		expect(exported[0]!.n).toBeGreaterThan(0);
	});

	test('opens the printable board report and the child-friendly version', async ({ page }) => {
		await loginAs(page, 'lead');
		await page.getByRole('link', { name: 'Printable board report' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Participation report: Glenbrae Council' })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'You said, we did' })).toBeVisible();
		await expect(
			page.getByText('counts from 1 to 4 are shown as "fewer than 5"', { exact: false })
		).toBeVisible();
		// Charts stay on the lead's page; here every charted breakdown of the demo is a line saying nothing can be shown.
		await expect(page.getByRole('table', { name: /^Key figures for this period/ })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.site-header')).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
		await expectNoAccessibilityViolations(page);

		await page.goBack();
		await page.getByRole('link', { name: 'Child-friendly version' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'What you told us, and what happened' })
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'How you are feeling' })).toBeVisible();
		await expectNoAccessibilityViolations(page);
	});

	test('is refused every statement and young person page', async ({ page }) => {
		await loginAs(page, 'lead');
		const [statement] = queryTestDatabase<{ id: string; yp: string }>(
			'SELECT id, young_person_id AS yp FROM statements LIMIT 1'
		);
		for (const path of [
			'/worker',
			'/manager',
			'/admin',
			'/me',
			'/me/things',
			`/me/things/${statement!.id}`,
			`/worker/young-people/${statement!.yp}/with`
		]) {
			const status = (await page.goto(path))?.status();
			expect([403, 404], path).toContain(status);
		}
	});
});
