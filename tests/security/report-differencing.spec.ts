import { expect, test, type Page } from '@playwright/test';
import { loginAs, signedInPage } from '../helpers/session';

/*
 * A lead who reads two reports side by side must learn nothing that neither report shows alone.
 * Both ways found round disclosure control are tried here as a lead would try them, over HTTP:
 * the report for everyone less the report for one team, two custom periods a day apart, and one
 * period still running downloaded before and after a young person sends something.
 */

/** The report's CSV lines, each a figure: section, table, group, measure, value. */
async function csvLines(page: Page, query: string): Promise<string[]> {
	const response = await page.request.get(`/lead/report.csv?${query}`);
	expect(response.status(), query).toBe(200);
	return (await response.text()).trim().split('\n').slice(1);
}

/** The teams as the report form lists them. */
async function teams(page: Page): Promise<{ id: string; name: string }[]> {
	await page.goto('/lead');
	return page.locator('input[name="team"]').evaluateAll((boxes) =>
		boxes.map((b) => ({
			id: (b as HTMLInputElement).value,
			name: b.parentElement!.textContent!.trim()
		}))
	);
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

test.describe('a lead comparing reports', () => {
	test.setTimeout(180_000);

	test('gets from a report for one team only figures the report for every team already shows', async ({
		page
	}) => {
		await loginAs(page, 'lead');
		// The newest year with a month counted: in January, last year.
		const today = new Date();
		const year = new Date(
			Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 0)
		).getUTCFullYear();
		const everyone = new Set(await csvLines(page, `period=year&year=${year}`));
		const all = await teams(page);
		expect(all.length).toBeGreaterThan(1);
		for (const team of all) {
			const lines = await csvLines(page, `period=year&year=${year}&team=${team.id}`);
			expect(lines.length, team.name).toBeGreaterThan(0);
			// No "All" of the chosen team to subtract from the "All" of everyone.
			expect(
				lines.filter((l) => l.split(',')[2] === 'All'),
				team.name
			).toEqual([]);
			for (const line of lines) expect(everyone.has(line), `${team.name}: ${line}`).toBe(true);
		}
		await page.goto(`/lead?period=year&year=${year}&team=${all[0]!.id}`);
		await expect(page.locator('.chosen-note')).toContainText(
			`You chose ${all[0]!.name}. This report shows their rows of the report for everyone`
		);
		// Each table keeps the chosen team's row and nothing else.
		const groups = await page.locator('main table tbody th[scope="row"]').allInnerTexts();
		expect(new Set(groups.map((g) => g.trim()))).toEqual(new Set([all[0]!.name]));
		// The board report and the child-friendly one read whole for one team too.
		for (const path of ['/lead/print', '/lead/children']) {
			const response = await page.goto(`${path}?period=year&year=${year}&team=${all[0]!.id}`);
			expect(response?.status(), path).toBe(200);
			await expect(page.locator('main'), path).not.toContainText(/\b(null|undefined|NaN)\b/);
		}
		await expect(page.locator('main')).toContainText('young people');
	});

	test('cannot find one day’s statements from two custom periods a day apart', async ({ page }) => {
		await loginAs(page, 'lead');
		// From the first of the month before last to the 26th, and to the 27th, of last month: the
		// demo's statements fall in the last sixty days.
		const today = new Date();
		const [y, m] = [today.getUTCFullYear(), today.getUTCMonth()];
		const start = isoDay(new Date(Date.UTC(y, m - 2, 1)));
		const [the26th, the27th] = [26, 27].map((d) => isoDay(new Date(Date.UTC(y, m - 1, d))));
		const shorter = await csvLines(page, `period=custom&from=${start}&to=${the26th}`);
		const longer = await csvLines(page, `period=custom&from=${start}&to=${the27th}`);
		expect(shorter.length).toBeGreaterThan(0);
		expect(longer).toEqual(shorter);
		// The page says what it counts: whole quarters, and of a quarter still running its whole
		// months, so here to the last day of last month.
		await page.goto(`/lead?period=custom&from=${start}&to=${the26th}`);
		const last = new Date(Date.UTC(y, m, 0));
		const lastDay = new Intl.DateTimeFormat('en-GB', {
			dateStyle: 'medium',
			timeZone: 'UTC'
		}).format(last);
		await expect(page.locator('#report-heading')).toContainText(lastDay);
		const startMonth = Number(start.slice(5, 7));
		await expect(page.getByLabel('From (custom period)')).toHaveValue(
			`${start.slice(0, 4)}-Q${Math.floor((startMonth - 1) / 3) + 1}`
		);
	});

	test('cannot find what one young person sent from two downloads of a period still running', async ({
		page,
		browser
	}) => {
		await loginAs(page, 'lead');
		const now = new Date();
		const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
		const running = [
			`period=quarter&quarter=${quarter}`,
			`period=year&year=${now.getUTCFullYear()}`,
			'period=quarter',
			'period=year'
		];
		const before = [];
		for (const query of running) before.push(await csvLines(page, query));

		const young = await signedInPage(browser, 'jordan', { phone: true });
		await young.page.goto('/me/say/make_a_change');
		await young.page.getByLabel('Money').check();
		await young.page.getByLabel('What do you want to change?').fill('A bus pass of my own');
		await young.page.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(young.page.getByRole('heading', { name: 'Sent!' })).toBeVisible();
		await young.close();

		for (const [i, query] of running.entries())
			expect(await csvLines(page, query), query).toEqual(before[i]);
		// The page says why: a period still running is counted to the end of last month.
		await page.goto(`/lead?${running[0]}`);
		await expect(page.locator('.period-note')).toContainText('Reports count whole months only');
		// A quarter not begun counts nothing, and says when its first figures come.
		const next = `${now.getUTCFullYear() + 1}-Q1`;
		for (const path of ['/lead', '/lead/print', '/lead/children']) {
			await page.goto(`${path}?period=quarter&quarter=${next}`);
			await expect(page.locator('.period-note'), path).toContainText(
				`None of this period can be counted yet. Reports count whole months only, so its first figures will be here on 1 February ${now.getUTCFullYear() + 1}.`
			);
		}
	});
});
