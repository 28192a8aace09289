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
