import { expect as baseExpect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { setUpTwoStep } from '../helpers/two-step';

// Each step here may wait on a password hash on a shared machine: a little more patience than a page view.
const expect = baseExpect.configure({ timeout: 15_000 });

/** `npm run admin:create`, typed on the server as the README says. */
function adminCreate(database: string, origin: string, ...args: string[]) {
	const run = spawnSync('npm', ['run', '--silent', 'admin:create', '--', ...args], {
		env: { ...process.env, DATABASE_URL: database, ORIGIN: origin },
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout, err: run.stderr };
}

test('a council starts from nothing: the server says how, admin:create prints a link, the administrator sets a password and signs in', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const database = freshDatabasePath();
	const server = await startOwnServer({ DATABASE_URL: database, SEED_DEMO: '0' });
	try {
		expect(server.output()).toContain('there is no administrator yet');
		expect(server.output()).toContain('npm run admin:create -- you@council.example --organisation');

		const made = adminCreate(
			database,
			server.base,
			'ailsa.grant@lochfyne.example',
			'--organisation',
			'Loch Fyne Council',
			'--name',
			'Ailsa Grant'
		);
		expect(made.status, made.err).toBe(0);
		const link = made.out.match(new RegExp(`${server.base}/password/[a-z2-7]{32}`))?.[0];
		expect(link, made.out).toBeDefined();

		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(link!);
		await expect(
			page.getByRole('heading', { level: 1, name: 'Choose your password' })
		).toBeVisible();
		await expect(page.getByText('This is for ailsa.grant@lochfyne.example.')).toBeVisible();
		await expectNoAccessibilityViolations(page);
		await page.getByLabel('New password', { exact: true }).fill('too short');
		await page.getByLabel('Type the new password again').fill('too short');
		await page.getByRole('button', { name: 'Set my password' }).click();
		await expect(page.getByText('Your password needs at least 12 characters.')).toBeVisible();
		await page.getByLabel('New password', { exact: true }).fill('heather on the hill at dawn');
		await page.getByLabel('Type the new password again').fill('heather on the hill at dawn');
		await page.getByRole('button', { name: 'Set my password' }).click();
		await expect(page.getByRole('status')).toHaveText(
			'Your password is set. Everywhere you were signed in has been signed out.'
		);

		await page.getByRole('link', { name: 'Sign in with your new password' }).click();
		await page.getByLabel('Username or work email').fill('ailsa.grant@lochfyne.example');
		await page.getByLabel('Password').fill('heather on the hill at dawn');
		await page.getByRole('button', { name: 'Sign in' }).click();
		// A council's own Heard asks every member of staff for a second step, its first admin too.
		await expect(page).toHaveURL(`${server.base}/login/two-step`);
		await setUpTwoStep(page);
		await page.getByRole('link', { name: 'Continue' }).click();
		await expect(page).toHaveURL(`${server.base}/admin`);
		await expect(page.locator('main')).toContainText('Loch Fyne Council');
		await expect(page.locator('body')).not.toContainText('Glenbrae');

		// The link was spent: opening it again (or someone else opening it) sets nothing.
		const other = await (await browser.newContext()).newPage();
		await other.goto(link!);
		await expect(
			other.getByRole('heading', { level: 1, name: 'This link no longer works' })
		).toBeVisible();
		await expect(other.getByLabel('New password', { exact: true })).toHaveCount(0);

		const again = adminCreate(
			database,
			server.base,
			'someone.else@lochfyne.example',
			'--organisation',
			'Taken Over Council'
		);
		expect(again.status).toBe(1);
		expect(again.err).toContain('Heard already has an administrator');
		expect(again.out).not.toContain('/password/');

		const db = new Database(database, { readonly: true });
		// The server's own daily retention run is logged too, at any moment; it is not part of this journey.
		const actions = db
			.prepare(
				"SELECT action, actor_id AS actorId FROM audit_events WHERE action <> 'retention_run' ORDER BY id"
			)
			.all() as { action: string; actorId: string | null }[];
		const admin = db.prepare('SELECT id FROM users').all() as { id: string }[];
		db.close();
		expect(admin).toHaveLength(1);
		expect(actions.map((a) => a.action)).toEqual([
			'settings_changed',
			'first_admin_created',
			'password_set_with_link',
			'sign_in',
			'second_step_set_up'
		]);
		expect(actions.find((a) => a.action === 'password_set_with_link')?.actorId).toBe(admin[0]!.id);
		await context.close();
	} finally {
		await server.stop();
	}
});
