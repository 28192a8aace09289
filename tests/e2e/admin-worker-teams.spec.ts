import { expect, test } from '@playwright/test';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const TEAM = 'North Children and Families Team';
const stamp = Date.now() % 100000;

const usersWith = (email: string) =>
	queryTestDatabase<{ id: string }>('SELECT id FROM users WHERE email = ?', email);

test('a worker is not made without a team, from the page or from a post made by hand', async ({
	page,
	baseURL
}) => {
	const email = `teamless.${stamp}@glenbrae.example`;
	await loginAs(page, 'admin');
	await page.goto('/admin/staff/new');
	await page.getByLabel('Full name').fill('Teamless Worker');
	await page.getByLabel('First name').fill('Teamless');
	await page.getByLabel('Work email').fill(email);
	await page.getByRole('button', { name: 'Create account' }).click();
	const teams = page.getByRole('group', { name: 'Teams' });
	await expect(teams).toContainText('Choose a team for this worker: a worker belongs to a team.');
	// What was typed is kept, so only the team is left to choose.
	await expect(page.getByLabel('Work email')).toHaveValue(email);
	expect(usersWith(email)).toEqual([]);

	const post = await page.request.post('/admin/staff/new', {
		headers: {
			origin: baseURL!,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		data: new URLSearchParams({
			email,
			displayName: 'Teamless Worker',
			firstName: 'Teamless',
			roles: 'worker'
		}).toString()
	});
	expect(post.status()).toBe(400);
	expect(usersWith(email)).toEqual([]);

	await page.getByLabel(TEAM).selectOption('worker');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByRole('heading', { name: 'Account created' })).toBeVisible();
	expect(usersWith(email)).toHaveLength(1);
});

test('two workers with one name are told apart by email in the list to change worker', async ({
	page
}) => {
	const name = `Morag Twin${stamp}`;
	const emails = [`morag.a.${stamp}@glenbrae.example`, `morag.b.${stamp}@glenbrae.example`];
	await loginAs(page, 'admin');
	for (const email of emails) {
		await page.goto('/admin/staff/new');
		await page.getByLabel('Full name').fill(name);
		await page.getByLabel('First name').fill('Morag');
		await page.getByLabel('Work email').fill(email);
		await page.getByLabel(TEAM).selectOption('worker');
		await page.getByRole('button', { name: 'Create account' }).click();
		await expect(page.getByRole('heading', { name: 'Account created' })).toBeVisible();
	}
	const [record] = queryTestDatabase<{ id: string }>(
		`SELECT y.id FROM young_people y JOIN allocations a ON a.young_person_id = y.id
		 JOIN users u ON u.id = a.worker_id
		 WHERE y.archived_at IS NULL AND a.ended_at IS NULL AND u.display_name = 'Sam Taylor' LIMIT 1`
	);
	await page.goto(`/admin/young-people/${record!.id}`);
	const options = page.getByLabel('Change worker to').getByRole('option');
	await expect(options.filter({ hasText: name })).toHaveText([
		`${name} (${emails[0]})`,
		`${name} (${emails[1]})`
	]);
	// A name nobody shares stays as it is.
	await expect(options.filter({ hasText: 'Fiona MacLeod' })).toHaveText(['Fiona MacLeod']);
});

test('a worker already made keeps a team: saving them with none is refused, with every typed word kept and nothing changed', async ({
	page,
	baseURL
}) => {
	const email = `keeps.team.${stamp}@glenbrae.example`;
	const renamed = `renamed.${stamp}@glenbrae.example`;
	await loginAs(page, 'admin');
	// An account of the test's own, so the demo's workers and their teams stay as they are.
	await page.goto('/admin/staff/new');
	await page.getByLabel('Full name').fill('Kept Worker');
	await page.getByLabel('First name').fill('Kept');
	await page.getByLabel('Work email').fill(email);
	await page.getByLabel(TEAM).selectOption('worker');
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.getByRole('link', { name: 'Open this account' }).click();
	const [account] = usersWith(email);
	const stored = () =>
		queryTestDatabase<{ name: string; email: string; team: string | null; audited: number }>(
			`SELECT u.display_name AS name, u.email, t.name AS team,
			   (SELECT count(*) FROM audit_events a WHERE a.subject_id = u.id) AS audited
			 FROM users u LEFT JOIN team_members m ON m.user_id = u.id
			 LEFT JOIN teams t ON t.id = m.team_id WHERE u.id = ?`,
			account!.id
		);
	const before = stored();
	expect(before).toEqual([expect.objectContaining({ name: 'Kept Worker', team: TEAM })]);

	await page.getByLabel('Full name').fill('Kept Renamed');
	await page.getByLabel('Work email').fill(renamed);
	await page.getByLabel(TEAM).selectOption('');
	await page.getByRole('button', { name: 'Save' }).click();
	const teams = page.getByRole('group', { name: 'Teams' });
	await expect(teams).toContainText('Choose a team for this worker: a worker belongs to a team.');
	// Everything typed stays on the form, the team left out included, so only a team is to choose.
	await expect(page.getByLabel('Full name')).toHaveValue('Kept Renamed');
	await expect(page.getByLabel('Work email')).toHaveValue(renamed);
	await expect(page.getByLabel(TEAM)).toHaveValue('');
	await expect(page.getByRole('checkbox', { name: 'Worker', exact: true })).toBeChecked();
	await expect(page.getByText('Saved.')).toHaveCount(0);
	expect(stored()).toEqual(before);

	// Posted by hand, past the page, it is refused the same.
	const post = await page.request.post(`/admin/staff/${account!.id}?/update`, {
		headers: {
			origin: baseURL!,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		data: new URLSearchParams({
			email: renamed,
			displayName: 'Kept Renamed',
			firstName: 'Kept',
			roles: 'worker'
		}).toString()
	});
	expect(post.status()).toBe(400);
	expect(stored()).toEqual(before);

	// Given a team again, what was typed is saved.
	await page.getByLabel(TEAM).selectOption('worker');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved.')).toBeVisible();
	expect(stored()).toEqual([
		expect.objectContaining({ name: 'Kept Renamed', email: renamed, team: TEAM })
	]);
});
