import { expect, test } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test('an admin adds a team and a staff account (who sets their own password); deactivation ends their session at once', async ({
	page,
	browser
}) => {
	const team = `East Team ${Date.now() % 100000}`;
	const email = `new.worker.${Date.now() % 100000}@glenbrae.example`;
	await loginAs(page, 'admin');
	await page.goto('/admin/teams');
	await page.getByLabel('Team name').fill(team);
	await page.getByRole('button', { name: 'Add team' }).click();
	await expect(page.getByRole('status')).toHaveText(`Team ${team} added.`);
	await expect(page.getByRole('rowheader', { name: team })).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.goto('/admin/staff/new');
	await expectNoAccessibilityViolations(page);
	await page.getByLabel('Full name').fill('Rowan Test');
	await page.getByLabel('First name').fill('Rowan');
	await page.getByLabel('Work email').fill('not-an-email');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByText('Enter a work email address')).toBeVisible();
	await page.getByLabel('Work email').fill(email);
	await page.getByLabel(team).selectOption('worker');
	await page.getByRole('button', { name: 'Create account' }).click();
	// This server has no SMTP_URL: the admin is told the mail waits, and is shown no password or link.
	await expect(page.getByRole('status')).toContainText(
		`the email to ${email} is waiting in Heard's outbox`
	);
	await expect(page.locator('main')).not.toContainText('/password/');
	const [mail] = queryTestDatabase<{ body: string }>(
		'SELECT body FROM mail_outbox WHERE "to" = ? AND holds_link = 1',
		email
	);
	const link = mail!.body.match(/\/password\/[a-z2-7]{32}/)![0];
	const password = 'rowan chose this password';

	const theirs = await browser.newContext();
	const them = await theirs.newPage();
	await them.goto(link);
	await them.getByLabel('New password', { exact: true }).fill(password);
	await them.getByLabel('Type the new password again').fill(password);
	await them.getByRole('button', { name: 'Set my password' }).click();
	await expect(them.getByRole('status')).toContainText('Your password is set.');
	await them.goto('/login');
	await them.getByLabel('Username or work email').fill(email);
	await them.getByLabel('Password').fill(password);
	await them.getByRole('button', { name: 'Sign in' }).click();
	await expect(them).toHaveURL(/\/worker$/);

	await page.getByRole('link', { name: 'Open this account' }).click();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Deactivate account' }).click();
	await expect(page.getByText('Tick the box to confirm.')).toBeVisible();
	await page.getByLabel('Yes, deactivate Rowan Test').check();
	await page.getByRole('button', { name: 'Deactivate account' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The account is deactivated and every session has ended.'
	);

	await them.goto('/worker');
	await expect(them).toHaveURL(/\/login/);
	const sessions = queryTestDatabase<{ n: number }>(
		'SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = ?',
		email
	);
	expect(sessions[0]!.n).toBe(0);
	await theirs.close();
});

test('the staff list and settings pages are accessible, and settings explain their limits', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/staff');
	const staff = page.getByRole('table', { name: 'Everyone who signs in with a work email' });
	await expect(staff).toContainText('Sam Taylor');
	// Roles by their names, as the form's hint names them; not the areas each opens.
	const rolesOf = (name: string) =>
		staff.getByRole('row').filter({ hasText: name }).getByRole('cell').nth(1);
	await expect(rolesOf('Sam Taylor')).toHaveText('Worker');
	await expect(rolesOf('Priya Shah')).toHaveText('Participation lead');
	await expect(rolesOf('Morven Reid')).toHaveText('Administrator');
	await expect(staff).not.toContainText('My young people');
	await expectNoAccessibilityViolations(page);

	await page.goto('/admin/settings');
	await expectNoAccessibilityViolations(page);
	const escalation = page.getByLabel('Hours before an urgent message escalates');
	const escalationBefore = await escalation.inputValue();
	await page.getByLabel('Retention period in months').fill('5000');
	await escalation.fill('100');
	await page.getByRole('button', { name: 'Save settings' }).click();
	// Each number says its own range, and whether a fraction is allowed; focus goes to what is wrong.
	await expect(page.getByRole('alert')).toHaveText(
		'Some settings need fixing. Each is explained below.'
	);
	await expect(page.getByRole('alert')).toBeFocused();
	await expect(page.getByText('Enter a whole number from 1 to 1200.')).toBeVisible();
	await expect(
		page.getByText('Enter a number from 0.25 to 48. It can have a fraction, such as 1.5.')
	).toBeVisible();
	await expect(page.getByLabel('Retention period in months')).toHaveAttribute(
		'aria-invalid',
		'true'
	);
	await expect(escalation).toHaveAttribute('aria-invalid', 'true');
	await expectNoAccessibilityViolations(page);
	await escalation.fill(escalationBefore);
	await page.getByLabel('Retention period in months').fill('84');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	const stored = queryTestDatabase<{ value: string }>(
		"SELECT value FROM settings WHERE key = 'retentionMonths'"
	);
	expect(stored[0]!.value).toBe('84');
});

test('retention runs on demand after confirmation, and says what it did', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/retention');
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Remove the words now' }).click();
	await expect(page.getByText('Tick the box to confirm.')).toBeVisible();
	await page.getByLabel('I understand the words are removed for good').check();
	await page.getByRole('button', { name: 'Remove the words now' }).click();
	await expect(page.getByRole('status')).toHaveText(
		/^Done: \d+ statements?, \d+ repl(y|ies) and \d+ outcomes? had their words removed\.$/
	);
	const runs = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'retention_run' AND actor_id IS NOT NULL"
	);
	expect(runs[0]!.n).toBeGreaterThan(0);
});

test('an admin cannot open what a young person said, and no admin page shows it', async ({
	page
}) => {
	const [statement] = queryTestDatabase<{ id: string; youngPersonId: string }>(
		"SELECT s.id, s.young_person_id AS youngPersonId FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan' AND s.kind = 'worried'"
	);
	await loginAs(page, 'admin');
	for (const path of [
		`/me/things/${statement!.id}`,
		`/worker/statements/${statement!.id}`,
		`/worker/statements/${statement!.id}/record`,
		'/worker',
		'/manager'
	]) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(403);
	}
	for (const path of [
		'/admin',
		'/admin/young-people',
		`/admin/young-people/${statement!.youngPersonId}`,
		'/admin/audit'
	]) {
		await page.goto(path);
		await expect(page.locator('main')).not.toContainText('shouting at home');
		await expectNoAccessibilityViolations(page);
	}
});

test('the admin home and the audit viewer name each action in words, newest first, in UK time', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin');
	const recent = page.getByRole('table');
	await expect(recent).toContainText('Signed in');
	await expect(recent).not.toContainText('sign_in');
	await expect(recent).not.toContainText('report_exported');
	const [newest] = queryTestDatabase<{ at: number }>(
		'SELECT at FROM audit_events ORDER BY at DESC, id DESC LIMIT 1'
	);
	const uk = new Intl.DateTimeFormat('en-GB', {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/London'
	});
	const at = typeof newest!.at === 'number' && newest!.at < 1e12 ? newest!.at * 1000 : newest!.at;
	await expect(recent.locator('tbody tr').first().locator('td').first()).toHaveText(
		uk.format(new Date(at))
	);

	await page.goto('/admin/audit');
	await expect(page.getByRole('table')).toContainText('Signed in');
	await expect(page.getByRole('table')).not.toContainText('sign_in');
	await expect(page.locator('select#action')).toContainText('Signed in');
	await expect(page.locator('select#action')).not.toContainText('sign_in');
	await expectNoAccessibilityViolations(page);
});

/**
 * A worker of the test's own in the North team, with two young people allocated, the first with
 * an urgent statement nobody has read: what no page can set up in one step.
 */
function addWorkerWithCaseload(first: string, children: string[]) {
	const db = openTestDatabase();
	const newId = () => randomBytes(8).toString('hex');
	try {
		const now = Date.now();
		const team = (
			db.prepare("SELECT id FROM teams WHERE name = 'North Children and Families Team'").get() as {
				id: string;
			}
		).id;
		const worker = newId();
		db.prepare(
			'INSERT INTO users (id, email, display_name, first_name, active, created_at) VALUES (?, ?, ?, ?, 1, ?)'
		).run(worker, `${first.toLowerCase()}@glenbrae.example`, `${first} Test`, first, now);
		db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'worker')").run(worker);
		db.prepare(
			"INSERT INTO team_members (team_id, user_id, team_role) VALUES (?, ?, 'worker')"
		).run(team, worker);
		const people = children.map((name) => {
			const person = newId();
			db.prepare(
				"INSERT INTO young_people (id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at) VALUES (?, ?, '2012-08-20', 'foster', 'foster_carer', ?, ?, ?)"
			).run(person, name, `GB-E2E-${person.slice(0, 6)}`, team, now);
			db.prepare(
				'INSERT INTO allocations (id, young_person_id, worker_id, started_at, announced) VALUES (?, ?, ?, ?, 1)'
			).run(newId(), person, worker, now);
			return person;
		});
		db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, idempotency_key, sent_at) VALUES (?, ?, 'worried', 'worried', 1, ?, 'sent', 1, ?, ?)"
		).run(newId(), people[0], JSON.stringify({ safe_now: false }), newId(), now);
		return worker;
	} finally {
		db.close();
	}
}

const accountOf = (id: string) => ({
	active: queryTestDatabase<{ active: number }>('SELECT active FROM users WHERE id = ?', id)[0]!
		.active,
	roles: queryTestDatabase<{ role: string }>(
		'SELECT role FROM user_roles WHERE user_id = ? ORDER BY role',
		id
	).map((r) => r.role)
});

test('a worker with young people allocated keeps their account and worker role until each has a new worker', async ({
	page,
	baseURL
}) => {
	test.setTimeout(90_000);
	const n = Date.now() % 100000;
	const first = `Wren${n}`;
	const children = [`Ava${n}`, `Ben${n}`];
	const worker = addWorkerWithCaseload(first, children);
	await loginAs(page, 'admin');
	await page.goto(`/admin/staff/${worker}`);
	const caseload = page.getByRole('region', { name: 'Young people allocated' });
	await expect(caseload).toContainText(`${first} Test is the worker for 2 young people.`);
	await expectNoAccessibilityViolations(page);
	const refusal = page.getByRole('alert').filter({ hasText: 'Not done' });

	await page.getByLabel(`Yes, deactivate ${first} Test`).check();
	await page.getByRole('button', { name: 'Deactivate account' }).click();
	await expect(refusal).toContainText(`${first} Test still has 2 young people allocated`);
	await expect(
		refusal.getByRole('link', { name: 'See who, and change their worker' })
	).toHaveAttribute('href', '#caseload');
	expect(accountOf(worker)).toEqual({ active: 1, roles: ['worker'] });

	await page.getByRole('checkbox', { name: 'Worker', exact: true }).uncheck();
	await page.getByRole('checkbox', { name: 'Participation lead' }).check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(
		page.getByText('They still have young people allocated. Give each of them a new worker first.')
	).toBeVisible();
	await expect(refusal).toContainText(`${first} Test still has 2 young people allocated`);
	expect(accountOf(worker)).toEqual({ active: 1, roles: ['worker'] });

	// The requests the tester sent, straight to the server, for this worker and for Sam.
	const [sam] = queryTestDatabase<{ id: string }>(
		"SELECT id FROM users WHERE email = 'sam@glenbrae.example'"
	);
	const headers = {
		origin: baseURL!,
		'content-type': 'application/x-www-form-urlencoded',
		accept: 'text/html'
	};
	await page.goto(`/admin/staff/${sam!.id}`);
	await expect(caseload).toContainText(/Sam Taylor is the worker for \d+ young people\./);
	for (const id of [worker, sam!.id]) {
		const before = accountOf(id);
		const deactivate = await page.request.post(`/admin/staff/${id}?/deactivate`, {
			headers,
			data: 'confirm=yes'
		});
		expect(deactivate.status()).toBe(400);
		// Their own name and address, so only the roles would change.
		const [who] = queryTestDatabase<{ email: string; displayName: string; firstName: string }>(
			'SELECT email, display_name AS displayName, first_name AS firstName FROM users WHERE id = ?',
			id
		);
		const update = await page.request.post(`/admin/staff/${id}?/update`, {
			headers,
			data: new URLSearchParams({ ...who!, roles: 'participation_lead' }).toString()
		});
		expect(update.status()).toBe(400);
		expect(accountOf(id)).toEqual(before);
	}

	// Each young person is given a new worker from the list; then the account can be deactivated.
	for (const child of children) {
		await page.goto(`/admin/staff/${worker}`);
		await caseload.getByRole('link', { name: child }).click();
		await page.getByLabel('Change worker to').selectOption({ label: 'Sam Taylor' });
		await page.getByRole('button', { name: 'Save worker' }).click();
		await expect(page.getByRole('status')).toContainText('Worker changed.');
	}
	await page.goto(`/admin/staff/${worker}`);
	await expect(caseload).toContainText(`${first} Test has no young people allocated.`);
	await page.getByLabel(`Yes, deactivate ${first} Test`).check();
	await page.getByRole('button', { name: 'Deactivate account' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The account is deactivated and every session has ended.'
	);
	expect(accountOf(worker).active).toBe(0);
});
