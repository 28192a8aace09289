import { expect, test } from '@playwright/test';
import { queryDatabase } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { loginAs } from '../helpers/session';

/*
 * The board report of the demo organisation as it is seeded, on a server and database of this
 * file's own: what it measures (its length, which breakdowns are one line) must not change with
 * whatever the journeys before it happened to add.
 */
let own: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;
test.beforeAll(async () => {
	test.setTimeout(120_000);
	database = freshDatabasePath();
	own = await startOwnServer({ DATABASE_URL: database });
});
test.afterAll(async () => own?.stop());

const day = (daysAgo: number) =>
	new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
/** A day's quarter, counted from year 0, and the first day of a quarter so counted. */
const quarterNumber = (d: string) =>
	Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
const quarterName = (n: number) => `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
const firstDayOf = (n: number) => new Date(Date.UTC(Math.floor(n / 4), (n % 4) * 3, 1));
/** A day as the report writes it: "1 Oct 2026", in UK time. */
const written = (d: Date) =>
	new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'Europe/London' }).format(d);

/** Young people with a worker today, in this file's database. */
const allocatedToday = () =>
	queryDatabase<{ n: number }>(
		database,
		`SELECT COUNT(DISTINCT a.young_person_id) AS n FROM allocations a
		 JOIN young_people y ON y.id = a.young_person_id
		 WHERE a.ended_at IS NULL AND y.archived_at IS NULL`
	)[0]!.n;
/** Statements sent from one moment up to (not including) another, in this file's database. */
const sentBetween = (from: Date, to: Date) =>
	queryDatabase<{ n: number }>(
		database,
		'SELECT COUNT(*) AS n FROM statements WHERE sent_at >= ? AND sent_at < ?',
		from.getTime(),
		to.getTime()
	)[0]!.n;
const DAY_SHOWN = String.raw`\d{1,2} [A-Z][a-z]{2,3} \d{4}`;

test.describe('the board report on the demo organisation', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('opens with a one-page summary and is a few screens long, not fifteen thousand pixels', async ({
		page
	}) => {
		await loginAs(page, 'lead', own.base);
		await page.goto(`${own.base}/lead/print`);
		const summary = page.getByRole('table', {
			name: new RegExp(
				`^Key figures for this period \\(${DAY_SHOWN} to ${DAY_SHOWN}\\) and the one before`
			)
		});
		await expect(summary).toBeVisible();
		// The summary, with its note, is read before the first ~1,200 px are scrolled past.
		const note = page.getByText('"Not shown" means a figure is withheld');
		const bottom = await note.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
		expect(bottom).toBeLessThan(1200);
		// It was 15,120 px with every breakdown drawn out in full.
		expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);
		// 290 cells read "fewer than 5" then; a breakdown with nothing to show is now one line.
		expect(
			await page.getByRole('cell', { name: 'fewer than 5', exact: true }).count()
		).toBeLessThan(30);
		await expect(summary.locator('thead th')).toHaveText([
			'Figure',
			'This period',
			'Previous period',
			'Change'
		]);
	});

	test('compares each figure with the period before and never a hidden one', async ({ page }) => {
		await loginAs(page, 'lead', own.base);
		// Sixty days up to today hold every demo statement. A custom period is whole quarters: here
		// the quarter sixty days ago to this one; the period before is as many quarters before it,
		// and holds none.
		const [first, last] = [quarterNumber(day(59)), quarterNumber(day(0))];
		await page.goto(
			`${own.base}/lead/print?period=custom&from=${quarterName(first)}&to=${quarterName(last)}`
		);
		const summary = page.getByRole('table', { name: /^Key figures for this period/ });
		const quarters = last - first + 1;
		const dayBefore = new Date(firstDayOf(first).getTime() - 86_400_000);
		await expect(summary).toContainText(
			`(${written(firstDayOf(first - quarters))} to ${written(dayBefore)})`
		);
		const row = (name: string) =>
			summary.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
		// The demo holds 13 over sixty days; a quarter still running counts its whole months only,
		// so those sent this month are not counted yet.
		const now = new Date();
		const counted = sentBetween(
			firstDayOf(first),
			new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1))
		);
		expect(sentBetween(firstDayOf(first), now)).toBe(13);
		const [sent, before, change] = (await row('Statements sent').allTextContents()).map((t) =>
			t.trim()
		);
		expect(sent).toBe(String(counted));
		// This quarter is still running and the period before is whole: the board is told.
		await expect(
			page.getByText('This period is not over yet, and the one before is counted whole')
		).toBeVisible();
		expect([before, change]).toEqual(['0', `Up ${sent}`]);
		// A share of fewer than 5 meetings is hidden; the months before held no meeting, so no share.
		await expect(row("Meetings with the young person's views before")).toHaveText([
			'Not shown',
			'none',
			'Not shown'
		]);
		// Wherever either figure is hidden, so is the change.
		for (const cells of await summary
			.locator('tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent!.trim()))
			)) {
			const hidden = cells.slice(0, 2).some((c) => c === 'Not shown' || c.startsWith('fewer than'));
			expect(hidden ? cells[2] : 'shown', JSON.stringify(cells)).toBe(
				hidden ? 'Not shown' : 'shown'
			);
		}
		await expect(page.locator('main')).toContainText(
			`Young people with a current worker today: ${allocatedToday()}`
		);
	});

	test('says in one line when a breakdown has nothing to show, and labels groups properly', async ({
		page
	}) => {
		await loginAs(page, 'lead', own.base);
		await page.goto(`${own.base}/lead/print`);
		// The demo's seven young people over four age bands: no band reaches 5.
		await expect(
			page.locator('p.collapsed-table', { hasText: 'Reach by age band:' })
		).toContainText(
			`Reach by age band: every group is under 5, so none is shown. All together: Allocated young people ${allocatedToday()}`
		);
		await expect(page.getByRole('table', { name: 'Reach by age band' })).toHaveCount(0);
		// A breakdown of nothing but zeros is one line too ("nothing to count"), not a table of them.
		const tablesOfZeros = await page.locator('main table').evaluateAll((tables) =>
			tables
				.filter((t) => {
					const cells = [...t.querySelectorAll('tbody td')].map((td) => td.textContent!.trim());
					return cells.length > 0 && cells.every((c) => /^(0|0%|none)$/.test(c));
				})
				.map((t) => t.querySelector('caption')?.textContent?.trim())
		);
		expect(tablesOfZeros).toEqual([]);
		// The lead's own page keeps the full tables, each with a proper heading for its groups.
		await page.goto(`${own.base}/lead`);
		for (const [caption, header] of [
			['Reach by team', 'Team'],
			['Reach by age band', 'Age band'],
			['Meetings held and views sent before, by legal status', 'Legal status'],
			['Statements by placement type', 'Placement type']
		] as const) {
			await expect(
				page.getByRole('table', { name: caption }).locator('thead th').first()
			).toHaveText(header);
		}
		await expect(
			page
				.getByRole('table', { name: 'Worker changes in the last 12 months by team' })
				.locator('thead th')
		).toContainText(['1 change', '2 changes']);
	});
});
