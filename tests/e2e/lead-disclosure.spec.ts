import { expect, test, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';

/** Signs in as the demo lead; a full report takes a while on a busy machine. */
async function signInAsLead(page: Page) {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO.lead.signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/lead$/, { timeout: 30_000 });
}

/** A column of a report table as the lead sees it: each team's figure, then "All". */
async function column(page: Page, caption: string, header: string): Promise<{ group: string; value: string }[]> {
	const table = page.getByRole('table', { name: caption });
	const headers = await table.locator('thead th').allInnerTexts();
	const index = headers.indexOf(header);
	expect(index, `${caption} has a "${header}" column`).toBeGreaterThan(0);
	return table.locator('tbody tr').evaluateAll(
		(rows, i) => rows.map((r) => ({ group: r.querySelector('th')!.textContent!.trim(), value: r.querySelectorAll('th, td')[i]!.textContent!.trim() })),
		index
	);
}

/** In a breakdown whose groups add up to "All", one hidden figure among them can be worked out by subtraction. */
function expectNotOneHidden(cells: { group: string; value: string }[], where: string) {
	const hidden = cells.filter((c) => !/^\d+$/.test(c.value));
	expect(hidden.length, `${where}: ${JSON.stringify(cells)}`).not.toBe(1);
}

test.describe('a participation lead on the demo organisation', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('cannot work out a hidden count of statements read from the teams and "All"', async ({ page }) => {
		test.setTimeout(180_000);
		await signInAsLead(page);
		for (const path of ['/lead', '/lead?period=year', '/lead/print', '/lead/print?period=year']) {
			await page.goto(path);
			for (const header of ['Statements read', 'Statements replied to']) {
				const cells = await column(page, 'Time to first read and first reply', header);
				expect(cells.length, path).toBeGreaterThan(2);
				expectNotOneHidden(cells, `${path} ${header}`);
			}
		}
		for (const query of ['', '?period=year']) {
			const csv = await (await page.request.get(`/lead/report.csv${query}`)).text();
			const read = csv.split('\r\n').filter((l) => l.startsWith('responsiveness,Time to first read and first reply,') && l.includes(',Statements read,'));
			const cells = read.map((l) => ({ group: l.split(',')[2]!, value: l.split(',').at(-1)! }));
			expect(cells.length).toBeGreaterThan(2);
			expectNotOneHidden(cells, `CSV${query}`);
		}
	});
});
