import { expect, test, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';
import { setUpTwoStep, totpFor } from '../helpers/two-step';

/** A worker of our own, with the demo password, so no other journey's sign-in changes. */
function newWorker(): string {
	const suffix = randomBytes(4).toString('hex');
	const email = `two-step-${suffix}@glenbrae.example`;
	const db = openTestDatabase();
	try {
		const id = randomBytes(8).toString('hex');
		db.prepare(
			"INSERT INTO users (id, email, password_hash, display_name, first_name, active, created_at) SELECT ?, ?, password_hash, ?, 'Robin', 1, ? FROM users WHERE email = 'sam@glenbrae.example'"
		).run(id, email, `Robin ${suffix}`, Date.now());
		db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'worker')").run(id);
	} finally {
		db.close();
	}
	return email;
}

async function signInWithPassword(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(email);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

async function enterCode(page: Page, code: string) {
	await page.getByLabel('Code from your app, or a recovery code').fill(code);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

const signOut = (page: Page) => page.getByRole('button', { name: 'Sign out' }).click();

test('a worker sets up two-step sign-in, then signs in with a code and a single-use recovery code; wrong codes are throttled', async ({
	page
}) => {
	test.slow();
	const email = newWorker();
	await signInWithPassword(page, email);
	await expect(page).toHaveURL(/\/worker$/);
	await page.getByRole('link', { name: 'Two-step sign-in' }).click();
	await expectNoAccessibilityViolations(page);
	const { secret, recovery } = await setUpTwoStep(page);
	await expect(page.getByText(/^Two-step sign-in is on\. Each time/)).toBeVisible();
	// Only hashes are kept: no code shown is in the database.
	const stored = queryTestDatabase<{ code_hash: string }>('SELECT code_hash FROM recovery_codes');
	for (const code of recovery)
		expect(stored.some((r) => r.code_hash.includes(code.replace('-', '')))).toBe(false);

	await signOut(page);
	await signInWithPassword(page, email);
	await expect(page).toHaveURL(/\/login\/two-step$/);
	await expectNoAccessibilityViolations(page);
	await enterCode(page, '000000');
	await expect(page.getByText('That code is not right.')).toBeVisible();
	await enterCode(page, totpFor(secret, 1));
	await expect(page).toHaveURL(/\/worker$/);

	await signOut(page);
	await signInWithPassword(page, email);
	await enterCode(page, recovery[0]!);
	await expect(page).toHaveURL(/\/worker$/);

	await signOut(page);
	await signInWithPassword(page, email);
	await enterCode(page, recovery[0]!);
	await expect(page.getByText('That code is not right.')).toBeVisible();
	for (let i = 0; i < 4; i++) await enterCode(page, '123456');
	// Five wrong codes: even the right one waits, as after five wrong passwords.
	await enterCode(page, recovery[1]!);
	await expect(
		page.getByText('Too many wrong codes. Wait 15 minutes, then try again.')
	).toBeVisible();
	await expect(page).toHaveURL(/\/login\/two-step$/);
});

test('a code sent twice (a double click, with the same cookie) signs in both times, not "wrong code"', async ({
	browser,
	baseURL,
	page
}) => {
	const email = newWorker();
	await signInWithPassword(page, email);
	await expect(page).toHaveURL(/\/worker$/);
	await page.goto('/account/two-step');
	const { secret } = await setUpTwoStep(page);
	await signOut(page);
	await signInWithPassword(page, email);
	await expect(page).toHaveURL(/\/login\/two-step$/);
	// The second click's request leaves with the cookies the page had before the first answered.
	const held = await page.context().cookies();
	const code = totpFor(secret, 1);
	await enterCode(page, code);
	await expect(page).toHaveURL(/\/worker$/);

	const second = await browser.newContext({ baseURL });
	await second.addCookies(held);
	const again = await second.newPage();
	await again.goto('/login/two-step');
	await enterCode(again, code);
	await expect(again).toHaveURL(/\/worker$/);
	await second.close();
});

test("an admin resets a worker's second step: audited, and the worker is signed out at once", async ({
	browser,
	baseURL,
	page
}) => {
	const email = newWorker();
	const worker = await (await browser.newContext({ baseURL })).newPage();
	await signInWithPassword(worker, email);
	await expect(worker).toHaveURL(/\/worker$/);
	await worker.goto('/account/two-step');
	await setUpTwoStep(worker);

	await loginAs(page, 'admin');
	await page.goto('/admin/staff');
	await page.getByRole('link', { name: `Robin ${email.slice(9, 17)}` }).click();
	// Not without saying why: the box must be ticked, and the worker stays signed in till then.
	await page.getByRole('button', { name: 'Reset their second step' }).click();
	await expect(page.getByText('Tick the box to confirm.')).toBeVisible();
	await worker.goto('/worker');
	await expect(worker).toHaveURL(/\/worker$/);
	await page.getByLabel(/they have lost both their phone and their recovery codes/).check();
	await page.getByRole('button', { name: 'Reset their second step' }).click();
	await expect(page.getByRole('status')).toContainText('signed out everywhere');
	const audited = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'second_step_reset'"
	);
	expect(audited[0]!.n).toBeGreaterThan(0);

	await worker.goto('/worker');
	await expect(worker).toHaveURL(/\/login/);
});

test('when the organisation requires it, staff set it up at sign-in; young people are never asked', async ({
	browser,
	baseURL,
	page
}) => {
	// The admin stays signed in from before, to turn it off again afterwards.
	const admin = await (await browser.newContext({ baseURL })).newPage();
	await loginAs(admin, 'admin');
	const setRequired = async (on: boolean) => {
		await admin.goto('/admin/settings');
		await admin.getByLabel('Staff must use a second sign-in step').setChecked(on);
		await admin.getByRole('button', { name: 'Save settings' }).click();
		await expect(admin.getByRole('status')).toHaveText('Saved.');
	};
	const email = newWorker();
	await setRequired(true);
	try {
		await page.context().clearCookies();
		await signInWithPassword(page, email);
		await expect(page).toHaveURL(/\/login\/two-step$/);
		await expect(page.getByText('Your organisation asks every member of staff')).toBeVisible();
		const held = await page.context().cookies();
		const { secret, recovery } = await setUpTwoStep(page);
		// The confirm sent twice: the second answer is the one seen, so it shows new recovery codes.
		const second = await browser.newContext({ baseURL });
		await second.addCookies(held);
		const answer = await second.request.post('/login/two-step?/setUp', {
			form: { code: totpFor(secret) },
			headers: { origin: baseURL! }
		});
		expect(answer.status()).toBe(200);
		const shown = (await answer.text()).match(/\b[a-z2-7]{4}-[a-z2-7]{4}\b/g) ?? [];
		expect(new Set(shown).size).toBe(10);
		expect(shown).not.toContain(recovery[0]);
		const signedIn = await second.newPage();
		await signedIn.goto('/worker');
		await expect(signedIn).toHaveURL(/\/worker$/);
		await second.close();
		await page.getByRole('link', { name: 'Continue' }).click();
		await expect(page).toHaveURL(/\/worker$/);

		await page.context().clearCookies();
		await loginAs(page, 'jordan');
		await expect(page).toHaveURL(/\/me$/);
	} finally {
		await setRequired(false);
	}
});
