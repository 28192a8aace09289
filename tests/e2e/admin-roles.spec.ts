import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const idOf = (email: string) =>
	queryTestDatabase<{ id: string }>('SELECT id FROM users WHERE email = ?', email)[0]!.id;
const rolesOf = (id: string) =>
	queryTestDatabase<{ role: string }>(
		'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role',
		id
	).map((r) => r.role);

test('an administrator cannot give themselves a role that reads what young people said', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	const adminId = idOf('admin@glenbrae.example');
	const [team] = queryTestDatabase<{ id: string }>(
		"SELECT id FROM teams WHERE name = 'North Children and Families Team'"
	);
	const [statement] = queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan' AND s.kind = 'worried'"
	);
	await loginAs(page, 'admin');
	await page.goto(`/admin/staff/${adminId}`);
	await expect(
		page.getByText('You cannot change your own roles or teams. Another administrator can.')
	).toBeVisible();
	await expect(page.getByRole('checkbox')).toHaveCount(0);
	await expect(
		page.getByRole('combobox', { name: 'North Children and Families Team' })
	).toHaveCount(0);
	await expectNoAccessibilityViolations(page);

	// The request the attack sent, sent again from the administrator's own signed-in browser.
	const attack = await page.request.post(`/admin/staff/${adminId}?/update`, {
		headers: {
			origin: baseURL!,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		data: `email=admin%40glenbrae.example&displayName=Morven+Reid&firstName=Morven&roles=admin&roles=manager&roles=worker&team_${team!.id}=manager`
	});
	expect(attack.status()).toBe(400);
	expect(rolesOf(adminId)).toEqual(['admin']);
	expect(queryTestDatabase('SELECT * FROM team_members WHERE user_id = ?', adminId)).toEqual([]);

	// Their own name still changes from the page, with roles as they were.
	await page.getByLabel('Full name').fill('Morven Reid');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');

	await page.getByRole('button', { name: 'Sign out' }).click();
	await loginAs(page, 'admin');
	for (const path of [`/worker/statements/${statement!.id}`, '/worker', '/manager']) {
		expect((await page.goto(path))?.status(), path).toBe(403);
	}
});

test('administration is never combined with a reading role, and giving one is announced and marked', async ({
	page
}) => {
	test.setTimeout(90_000);
	const email = `reading.${Date.now() % 100000}@glenbrae.example`;
	await loginAs(page, 'admin');
	await page.goto('/admin/staff/new');
	await expect(
		page.getByText(
			/Giving one of these roles is emailed to the person and to every other administrator/
		)
	).toBeVisible();
	await page.getByLabel('Full name').fill('Robin Reading');
	await page.getByLabel('First name').fill('Robin');
	await page.getByLabel('Work email').fill(email);
	await page.getByRole('checkbox', { name: 'Worker', exact: true }).uncheck();
	await page.getByRole('checkbox', { name: 'Participation lead' }).check();
	await page.getByRole('checkbox', { name: 'Administrator' }).check();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(
		page.getByText(/An administrator cannot also be a worker, manager or participation lead/)
	).toBeVisible();
	expect(queryTestDatabase('SELECT id FROM users WHERE email = ?', email)).toEqual([]);

	await page.getByRole('checkbox', { name: 'Administrator' }).uncheck();
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { name: 'Account created' })).toBeVisible();
	const id = idOf(email);
	expect(rolesOf(id)).toEqual(['participation_lead']);

	await page.goto(`/admin/staff/${id}`);
	await page.getByRole('checkbox', { name: 'Administrator' }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText(/An administrator cannot also be a worker, manager or participation lead/)
	).toBeVisible();
	expect(rolesOf(id)).toEqual(['participation_lead']);
	await page.getByRole('checkbox', { name: 'Administrator' }).uncheck();
	await page.getByRole('checkbox', { name: 'Worker', exact: true }).check();
	// A worker belongs to a team (admin-worker-teams.spec.ts).
	await page.getByLabel('North Children and Families Team').selectOption('worker');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	expect(rolesOf(id)).toEqual(['participation_lead', 'worker']);

	const told = queryTestDatabase<{ body: string }>(
		'SELECT body FROM mail_outbox WHERE "to" = ? AND subject = \'Heard: your account was given a new role\'',
		email
	);
	expect(told.map((t) => t.body)).toEqual([
		expect.stringContaining('participation lead'),
		expect.stringContaining(': worker.')
	]);

	await page.goto(`/admin/audit?action=reading_access_given`);
	const rows = page
		.getByRole('table', { name: 'Audit events, newest first' })
		.getByRole('row')
		.filter({ hasText: 'Given a way to read what young people say' });
	await expect(rows.first()).toContainText('Check this:');
	await expect(rows).toHaveCount(
		queryTestDatabase<{ n: number }>(
			"SELECT count(*) AS n FROM audit_events WHERE action = 'reading_access_given'"
		)[0]!.n
	);
	await expectNoAccessibilityViolations(page);
});
