import { expect, test, type Page } from '@playwright/test';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const NORTH = 'North Children and Families Team';
const THROUGHCARE = 'Throughcare and Aftercare Team';
const teamId = (name: string) =>
	queryTestDatabase<{ id: string }>('SELECT id FROM teams WHERE name = ?', name)[0]!.id;
const quarterOf = (at: Date) => `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;

/** The statements young people of this team agreed to share, and the quarters they were sent in. */
function sharedBy(team: string): { ids: string[]; quarters: string[] } {
	const rows = queryTestDatabase<{ id: string; sent: number }>(
		`SELECT s.id, s.sent_at AS sent FROM statements s
		 JOIN young_people y ON y.id = s.young_person_id JOIN teams t ON t.id = y.team_id
		 WHERE t.name = ? AND s.consent_to_share = 1 AND s.anonymised_at IS NULL`,
		team
	);
	return { ids: rows.map((r) => r.id), quarters: rows.map((r) => quarterOf(new Date(r.sent))) };
}

/** The lead chooses, on the quotes page, one of these statements as a quote, in words of their own. */
async function chooseQuote(page: Page, period: string, statementIds: string[], words: string) {
	await page.goto(`/lead/quotes?${period}`);
	const ofTeam = statementIds.map((id) => `input[name="statementId"][value="${id}"]`).join(', ');
	const form = page.locator('form', { has: page.locator(ofTeam) }).first();
	await form.getByRole('textbox').fill(words);
	await form.getByRole('button', { name: 'Choose this quote' }).click();
	await expect(page.getByRole('status')).toHaveText('Quote chosen.');
}

test.describe('a participation lead choosing groups', () => {
	test.use({ viewport: { width: 1280, height: 900 } });

	test('sees only the chosen team’s quotes on the page, CSV, print and children’s version', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await loginAs(page, 'lead');
		const [north, throughcare] = [sharedBy(NORTH), sharedBy(THROUGHCARE)];
		const quarters = [...north.quarters, ...throughcare.quarters].sort();
		const [first, last] = [quarters[0], quarters.at(-1)];
		const period = `period=custom&from=${first}&to=${last}`;
		await chooseQuote(page, period, north.ids, 'Words from a North young person.');
		await chooseQuote(page, period, throughcare.ids, 'Words from a Throughcare young person.');

		for (const [team, ours, theirs] of [
			[teamId(NORTH), 'North', 'Throughcare'],
			[teamId(THROUGHCARE), 'Throughcare', 'North']
		]) {
			const query = `${period}&team=${team}`;
			for (const path of ['/lead', '/lead/print', '/lead/children']) {
				await page.goto(`${path}?${query}`);
				const main = page.locator('main');
				await expect(main, path).toContainText(`Words from a ${ours} young person.`);
				await expect(main, path).not.toContainText(`Words from a ${theirs} young person.`);
			}
			const csv = await (await page.request.get(`/lead/report.csv?${query}`)).text();
			expect(csv).toContain(`Words from a ${ours} young person.`);
			expect(csv).not.toContain(`Words from a ${theirs} young person.`);
		}
	});

	test('chooses quotes for a chosen team from that team’s words only', async ({ page }) => {
		await loginAs(page, 'lead');
		const [north, throughcare] = [sharedBy(NORTH), sharedBy(THROUGHCARE)];
		const quarters = [...north.quarters, ...throughcare.quarters].sort();
		const query = `period=custom&from=${quarters[0]}&to=${quarters.at(-1)}&team=${teamId(NORTH)}`;
		await page.goto(`/lead/quotes?${query}`);
		await expect(page.locator('.chosen-note')).toContainText(`You chose ${NORTH}.`);
		const offered = await page
			.locator('input[name="statementId"]')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
		expect(offered.length).toBeGreaterThan(0);
		for (const id of offered) expect(north.ids, id).toContain(id);
		await expect(page.locator('main')).not.toContainText('Words from a Throughcare young person.');
		// Choosing, even with no script, comes back to the same choices.
		for (const action of await page
			.locator('main form[method="POST"]')
			.evaluateAll((forms) => forms.map((f) => f.getAttribute('action'))))
			expect(action).toContain(`team=${teamId(NORTH)}`);
		await expect(page.getByRole('link', { name: 'Back to the report' })).toHaveAttribute(
			'href',
			new RegExp(`team=${teamId(NORTH)}`)
		);
		// A team that is no team is said, not shown as every team's words.
		expect((await page.goto('/lead/quotes?team=doesnotexist'))?.status()).toBe(400);
		await expect(page.getByRole('alert')).toContainText('That team is not known');
	});

	test('reads in the children’s version what the report says of the chosen group', async ({
		page
	}) => {
		await loginAs(page, 'lead');
		for (const query of [`team=${teamId(NORTH)}`, `team=${teamId(THROUGHCARE)}`, 'ageBand=12_15']) {
			await page.goto(`/lead/children?${query}`);
			const meetings = page.getByRole('region', { name: 'Your meetings', exact: true });
			// The report shows each team's meetings (as "fewer than 5" where few): never "no meetings".
			await expect(meetings, query).not.toContainText('There were no meetings to count');
			await expect(meetings, query).not.toContainText('Nobody has told us yet');
			await expect(meetings, query).toContainText("We don't show");
			await expect(page.locator('main'), query).toContainText(
				'We only count how young people are feeling for everyone together'
			);
			await expect(page.locator('main'), query).not.toContainText('There are not enough answers');
		}
	});

	test('is told which choice could not be used, and can still make a report', async ({ page }) => {
		await loginAs(page, 'lead');
		for (const [query, said] of [
			['ageBand=bogus', 'That age band is not known'],
			['period=quarter&quarter=2026-Q5', 'That quarter is not known'],
			['team=doesnotexist', 'That team is not known']
		] as const) {
			// The spreadsheet is refused, saying why.
			const csv = await page.request.get(`/lead/report.csv?${query}`);
			expect([csv.status(), await csv.text()]).toEqual([400, expect.stringContaining(said)]);
			const response = await page.goto(`/lead?${query}`);
			expect(response?.status(), query).toBe(400);
			const alert = page.getByRole('alert');
			await expect(alert, query).toContainText(said);
			await expect(alert, query).not.toContainText('Check the dates');
			await expect(page.locator('main'), query).not.toContainText('You chose .');
			// No dead end: the form is still there, and a link back to the whole report.
			await expect(page.getByRole('button', { name: 'Show report' })).toBeVisible();
			await alert.getByRole('link', { name: 'Show the whole report' }).click();
			await expect(page).toHaveURL(/\/lead$/);
			await expect(page.getByRole('alert')).toHaveCount(0);
		}
	});
});
