import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const stamp = Date.now() % 100000;
const TEAM = `Complaints Review ${stamp}`;
const READER = `reviewer.${stamp}@glenbrae.example`;
const NORTH = 'North Children and Families Team';

const complaintsTeamNow = () =>
	queryTestDatabase<{ name: string }>(
		"SELECT t.name FROM settings s JOIN teams t ON s.value = json_quote(t.id) WHERE s.key = 'complaintsTeamId'"
	)[0]?.name;
const isOutOfHours = (name: string) =>
	queryTestDatabase<{ flag: number }>(
		'SELECT out_of_hours AS flag FROM teams WHERE name = ?',
		name
	)[0]!.flag === 1;

async function chooseComplaintsTeam(page: Page, name: string) {
	await page.goto('/admin/settings');
	await page.getByLabel('Complaints and advocacy team').selectOption({ label: name });
	await page.getByRole('button', { name: 'Save settings' }).click();
}

test('a complaints team with a caseload is refused, and choosing one is announced and marked "Check this"', async ({
	page
}) => {
	test.setTimeout(120_000);
	// Every browser test shares the demo database: the complaints team is put back at the end.
	const original = complaintsTeamNow();
	expect(original).toBe('Complaints and Advocacy');
	await loginAs(page, 'admin');
	try {
		// Sam, in North, has young people allocated: a complaint may be about him.
		await page.goto('/admin/settings');
		await page.getByLabel('Complaints and advocacy team').selectOption({ label: NORTH });
		await page.getByLabel('Retention period in months').fill('96');
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(
			page.getByText(/Someone in this team has young people allocated, and a complaint may be/)
		).toBeVisible();
		// What was typed is kept; nothing was saved.
		await expect(page.getByLabel('Retention period in months')).toHaveValue('96');
		await expect(
			page.getByLabel('Complaints and advocacy team').locator('option:checked')
		).toHaveText(NORTH);
		expect(complaintsTeamNow()).toBe(original);
		await expectNoAccessibilityViolations(page);

		// A team of its own, with a reader in it and no young people allocated.
		await page.goto('/admin/teams');
		await page.getByLabel('Team name').fill(TEAM);
		await page.getByRole('button', { name: 'Add team' }).click();
		await expect(page.getByRole('status')).toContainText(TEAM);
		await page.goto('/admin/staff/new');
		await page.getByLabel('Full name').fill('Rowan Review');
		await page.getByLabel('First name').fill('Rowan');
		await page.getByLabel('Work email').fill(READER);
		await page.getByLabel(TEAM).selectOption('worker');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.getByRole('heading', { name: 'Account created' })).toBeVisible();

		await chooseComplaintsTeam(page, TEAM);
		await expect(page.getByRole('status')).toHaveText('Saved.');
		expect(complaintsTeamNow()).toBe(TEAM);
		const told = queryTestDatabase<{ body: string }>(
			'SELECT body FROM mail_outbox WHERE "to" = ? AND subject = ?',
			READER,
			'Heard: your account can now read more of what young people say'
		);
		expect(told.map((t) => t.body)).toEqual([expect.stringContaining(TEAM)]);

		// The complaints team cannot also be the out-of-hours team.
		await page.goto('/admin/teams');
		const row = page.getByRole('row').filter({ hasText: TEAM });
		await row.getByRole('button', { name: /Make it the out-of-hours team/ }).click();
		await expect(page.getByRole('row').filter({ hasText: TEAM }).getByRole('alert')).toContainText(
			'This team reads complaints, so it cannot also be the out-of-hours team.'
		);
		expect(isOutOfHours(TEAM)).toBe(false);
		await expectNoAccessibilityViolations(page);

		await page.goto('/admin/audit?action=reading_access_given');
		const given = page
			.getByRole('table', { name: 'Audit events, newest first' })
			.getByRole('row')
			.filter({ hasText: TEAM })
			.filter({ hasText: '"reach":"complaints"' });
		await expect(given).toHaveCount(1);
		await expect(given).toContainText('Check this:');
		await expect(given).toContainText('Given a way to read what young people say');
	} finally {
		await chooseComplaintsTeam(page, original!);
		await expect(page.getByRole('status')).toHaveText('Saved.');
		expect(complaintsTeamNow()).toBe(original);
	}
});
