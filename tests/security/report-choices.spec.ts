import { expect, test } from '@playwright/test';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';
import { routeIdsInSource, sample } from './routes';

/**
 * A report asked for with choices that cannot be used is the asker's mistake: a 400, never a 500,
 * and the page still says plainly what to fix. Every lead route is listed here by what it does
 * with the report's choices, so a new one fails until someone decides.
 */
const DRAWS_A_REPORT = [
	'/(staff)/lead',
	'/(staff)/lead/children',
	'/(staff)/lead/print',
	'/(staff)/lead/quotes'
];
const CSV = '/(staff)/lead/report.csv';
// "You said, we did" entries are not for a period: the choices are not read there.
const IGNORES_THE_CHOICES = ['/(staff)/lead/you-said', '/(staff)/lead/you-said/[id]'];

const IMPOSSIBLE_DAY = 'period=custom&from=2026-99-99&to=2026-99-99';
const OTHER_BAD_CHOICES = [
	'period=custom&from=2026-06-30&to=2026-01-01',
	'period=custom&from=2026-02-30&to=2026-03-01',
	'period=custom',
	// Years no report is of: 0000-Q1 would be labelled 1 Jan 1900 (Date.UTC reads 0–99 as 1900+).
	'period=quarter&quarter=0000-Q1',
	'period=custom&from=0000-Q1&to=2026-Q1'
];
const REFUSED = 'This report could not be made: some choices could not be used.';
// Each kind of mistake is named (reports/problems.ts): here, days that are no quarter.
const NOT_A_QUARTER = 'Check the dates: each must be a real quarter, such as 2026-Q1.';
const CSV_WORDS = `${REFUSED}\n${NOT_A_QUARTER}`;
const NOTICE = 'Some choices could not be used, so this shows this quarter for all teams';
const STACK_TRACE = /\bat [\w.<>$]+ \(|\.(?:js|ts):\d+:\d+|node_modules|TypeError|SqliteError/;

test('every lead route is sorted by what it does with report choices', () => {
	const lead = routeIdsInSource().filter((id) => id.startsWith('/(staff)/lead'));
	expect(lead.sort()).toEqual([...DRAWS_A_REPORT, CSV, ...IGNORES_THE_CHOICES].sort());
});

for (const routeId of DRAWS_A_REPORT) {
	test(`an impossible day on ${routeId} answers 400, with the notice shown over the report it falls back to`, async ({
		page
	}) => {
		await loginAs(page, 'lead');
		const url = `${sample(routeId)}?${IMPOSSIBLE_DAY}`;
		const response = await page.goto(url);
		expect(response?.status()).toBe(400);
		const notice = page.getByRole('alert').filter({ hasText: NOTICE });
		await expect(notice).toBeVisible();
		await expect(notice).toContainText(NOT_A_QUARTER);
		// The fallback report is still drawn, so the person can put the choices right from here.
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await page.content()).not.toMatch(STACK_TRACE);
	});
}

test('an impossible day answers the CSV with 400 in plain words, and pages without a period ignore it', async ({
	page
}) => {
	await loginAs(page, 'lead');
	const csvExports = () =>
		queryTestDatabase<{ n: number }>(
			"SELECT count(*) AS n FROM audit_events WHERE action = 'report_exported' AND detail LIKE '%\"csv\"%'"
		)[0]!.n;
	const csvExportsBefore = csvExports();
	const csv = await page.request.get(`/lead/report.csv?${IMPOSSIBLE_DAY}`);
	expect(csv.status()).toBe(400);
	expect(csv.headers()['content-type']).toMatch(/^text\/plain/);
	expect(await csv.text()).toBe(CSV_WORDS);
	// A refused CSV is not recorded as a report taken away.
	expect(csvExports()).toBe(csvExportsBefore);
	for (const routeId of IGNORES_THE_CHOICES) {
		const url = `${sample(routeId)}?${IMPOSSIBLE_DAY}`;
		expect((await page.goto(url))?.status(), url).toBe(200);
	}
});

test('dates the wrong way round, a day that does not exist, a year out of range and missing dates are refused the same way', async ({
	page
}) => {
	await loginAs(page, 'lead');
	for (const query of OTHER_BAD_CHOICES) {
		const response = await page.request.get(`/lead?${query}`, { headers: { accept: 'text/html' } });
		expect(response.status(), query).toBe(400);
		expect(await response.text(), query).toContain(NOTICE);
		const csv = await page.request.get(`/lead/report.csv?${query}`);
		expect(csv.status(), query).toBe(400);
		// Refused in plain words, with what to put right on a line of its own.
		const [said, ...why] = (await csv.text()).split('\n');
		expect(said, query).toBe(REFUSED);
		expect(why.join(' '), query).toMatch(
			/^Check the dates: |^That year cannot be used|^That quarter is not known/
		);
	}
});

test('good report choices still answer 200 with no notice, and the CSV downloads', async ({
	page
}) => {
	await loginAs(page, 'lead');
	for (const routeId of DRAWS_A_REPORT) {
		const url = `${sample(routeId)}?period=custom&from=2026-01-01&to=2026-03-31`;
		expect((await page.goto(url))?.status(), url).toBe(200);
		await expect(page.getByText(NOTICE)).toHaveCount(0);
	}
	const csv = await page.request.get(
		'/lead/report.csv?period=custom&from=2026-01-01&to=2026-03-31'
	);
	expect(csv.status()).toBe(200);
	expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
});
