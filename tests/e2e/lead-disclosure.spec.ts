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
async function column(
	page: Page,
	caption: string,
	header: string
): Promise<{ group: string; value: string }[]> {
	const table = page.getByRole('table', { name: caption });
	const headers = await table.locator('thead th').allInnerTexts();
	const index = headers.indexOf(header);
	expect(index, `${caption} has a "${header}" column`).toBeGreaterThan(0);
	return table.locator('tbody tr').evaluateAll(
		(rows, i) =>
			rows.map((r) => ({
				group: r.querySelector('th')!.textContent!.trim(),
				value: r.querySelectorAll('th, td')[i]!.textContent!.trim()
			})),
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

	test('cannot work out a hidden count of statements read from the teams and "All"', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await signInAsLead(page);
		for (const path of ['/lead', '/lead?period=year']) {
			await page.goto(path);
			for (const header of ['Statements read', 'Statements replied to']) {
				const cells = await column(page, 'Time to first read and first reply', header);
				expect(cells.length, path).toBeGreaterThan(2);
				expectNotOneHidden(cells, `${path} ${header}`);
			}
		}
		// The board report says in one line that no team's figure is shown, keeping only the "All" figures.
		for (const path of ['/lead/print', '/lead/print?period=year']) {
			await page.goto(path);
			await expect(
				page.getByRole('table', { name: 'Time to first read and first reply' })
			).toHaveCount(0);
			const line = page.locator('p.collapsed-table', {
				hasText: 'Time to first read and first reply:'
			});
			await expect(line).toContainText(
				/: (every group is under 5|some groups are under 5 and the rest would give them away), so none is shown\. All together: Statements read \d+;/
			);
			await expect(line).not.toContainText('Team');
		}
		for (const query of ['', '?period=year']) {
			const csv = await (await page.request.get(`/lead/report.csv${query}`)).text();
			const read = csv
				.split('\r\n')
				.filter(
					(l) =>
						l.startsWith('responsiveness,Time to first read and first reply,') &&
						l.includes(',Statements read,')
				);
			const cells = read.map((l) => ({ group: l.split(',')[2]!, value: l.split(',').at(-1)! }));
			expect(cells.length).toBeGreaterThan(2);
			expectNotOneHidden(cells, `CSV${query}`);
		}
	});
});

test.describe('counts of today in two periods', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test("are hidden alike in each, and the period's count beside a hidden one says nothing", async ({
		page
	}) => {
		test.setTimeout(180_000);
		await signInAsLead(page);
		// Age bands are worked out at the end of each period, so only the other breakdowns keep their groups.
		const captions = ['Reach by team', 'Reach by legal status'];
		const seen: Record<string, string[][]> = {};
		for (const path of ['/lead', '/lead?period=year']) {
			await page.goto(path);
			for (const caption of captions) {
				const allocated = await column(page, caption, 'Allocated young people');
				const account = await column(page, caption, 'With an account');
				const active = await column(page, caption, 'Active in period');
				expect(allocated.length, `${path} ${caption}`).toBeGreaterThan(2);
				(seen[caption] ??= []).push(allocated.map((c, i) => `${c.value}|${account[i]!.value}`));
				active.forEach((c, i) => {
					const todayHidden = !/^\d+$/.test(account[i]!.value);
					if (todayHidden) expect(c.value, `${path} ${caption} ${c.group}`).toBe('Not shown');
				});
			}
		}
		for (const caption of captions) expect(seen[caption]![0]).toEqual(seen[caption]![1]);
	});
});

test.describe('report sentences with a hidden figure', () => {
	test('read as whole sentences in the child-friendly report and the board summary', async ({
		page
	}) => {
		await signInAsLead(page);
		// On the demo's quarter too few meetings were held to show the share with views before.
		await page.goto('/lead/children');
		const meetings = page.getByRole('region', { name: 'Before your meetings' });
		await expect(meetings).toContainText(
			"We don't show how often young people told us what they thought before their meetings, so that nobody can be picked out."
		);
		await expect(page.locator('main')).not.toContainText(
			/before (suppressed|fewer than)|suppressed (things|hours|of)/
		);
		await page.goto('/lead/print');
		const summary = page.getByRole('table', { name: /^Key figures for this period/ });
		const views = summary.getByRole('row', {
			name: /^Meetings with the young person's views before/
		});
		await expect(views.getByRole('cell').first()).toHaveText('Not shown');
		await expect(views.getByRole('cell').last()).toHaveText('Not shown');
		await expect(summary).not.toContainText('suppressed');
		await expect(
			page.getByText(
				'"Not shown" means a figure is withheld so that no young person can be picked out, and so is any change worked out from it.'
			)
		).toBeVisible();
	});
});

test('the child-friendly report says there was nothing to count, never "none felt listened to"', async ({
	page
}) => {
	await signInAsLead(page);
	// Long before the demo began: no meetings, nobody asked.
	await page.goto('/lead/children?period=quarter&quarter=2020-Q1');
	const meetings = page.getByRole('region', { name: 'Your meetings', exact: true });
	await expect(meetings).toContainText(
		'Nobody has told us yet whether they felt listened to after their meeting.'
	);
	await expect(meetings).toContainText('There were no meetings to count in this time.');
	await expect(page.locator('main')).not.toContainText(/\bnone\b/);
});
