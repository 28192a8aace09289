import { expect, request, test, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { DEMO_PASSWORD } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { PROVIDER_ACCOUNTS } from '../helpers/openid-accounts.js';
import { openIdTestSettings } from '../helpers/openid-settings';
import { loginAs } from '../helpers/session';
import { setUpTwoStep } from '../helpers/two-step';

/**
 * Single sign-on through a real OpenID provider on this machine (tests/helpers/openid-provider.js,
 * started by the Playwright config), in the browser, as a member of staff does it.
 */

const BUTTON = 'Sign in with your council account';
const providerOf = (baseURL: string) => openIdTestSettings(Number(new URL(baseURL).port)).issuer;

/** Accounts the provider knows and Heard must refuse: a young person's and a worker who left. */
test.beforeAll(() => {
	const db = openTestDatabase();
	try {
		const add = db.prepare(
			'INSERT OR IGNORE INTO users (id, email, display_name, first_name, active, deactivated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
		);
		const role = db.prepare('INSERT OR IGNORE INTO user_roles (user_id, role) VALUES (?, ?)');
		add.run('sso-young', PROVIDER_ACCOUNTS.young.email, 'Robin', 'Robin', 1, null, Date.now());
		role.run('sso-young', 'young_person');
		add.run('sso-left', PROVIDER_ACCOUNTS.left.email, 'Lee Left', 'Lee', 0, Date.now(), Date.now());
		role.run('sso-left', 'worker');
	} finally {
		db.close();
	}
});

async function signInAtProvider(
	page: Page,
	baseURL: string,
	login: keyof typeof PROVIDER_ACCOUNTS
) {
	await expect(page).toHaveURL(new RegExp(`^${providerOf(baseURL)}/`));
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('the test provider takes any password');
	await page.getByRole('button', { name: 'Sign-in' }).click();
}

async function signInWithCouncilAccount(
	page: Page,
	baseURL: string,
	login: keyof typeof PROVIDER_ACCOUNTS
) {
	await page.goto('/login');
	await page.getByRole('link', { name: BUTTON }).click();
	await signInAtProvider(page, baseURL, login);
}

const lastAudit = (action: string) =>
	JSON.parse(
		queryTestDatabase<{ detail: string }>(
			'SELECT detail FROM audit_events WHERE action = ? ORDER BY id DESC LIMIT 1',
			action
		)[0]?.detail ?? '{}'
	);

test('a worker signs in with their council account and lands on their inbox; Heard’s pages ask nothing of another site', async ({
	page,
	baseURL
}) => {
	const offSite: string[] = [];
	page.on('request', (r) => {
		let from: string;
		try {
			from = r.frame().url();
		} catch {
			return; // not from a page (a service worker's own request)
		}
		// The page that made it was Heard's, and it went elsewhere without being a navigation.
		if (from.startsWith(baseURL!) && !r.url().startsWith(baseURL!) && !r.isNavigationRequest())
			offSite.push(r.url());
	});
	await signInWithCouncilAccount(page, baseURL!, 'sam');
	await expect(page).toHaveURL(/\/worker$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/My young people/);
	expect(offSite).toEqual([]);
	// The state, nonce and PKCE verifier were kept only until the provider answered.
	expect((await page.context().cookies()).map((c) => c.name)).not.toContain('heard_sso');
	expect(lastAudit('sign_in')).toMatchObject({ via: 'sso', subject: 'sam' });
});

test('the provider’s answer cannot be used twice: not by the same browser, another browser, or one with the first cookie', async ({
	page,
	baseURL
}) => {
	const answers: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname === '/login/sso/callback') answers.push(r.url());
	});
	await page.goto('/login');
	await page.getByRole('link', { name: BUTTON }).click();
	await expect(page).toHaveURL(new RegExp(`^${providerOf(baseURL!)}/`));
	const pending = (await page.context().cookies()).find((c) => c.name === 'heard_sso');
	expect(pending?.httpOnly).toBe(true);
	expect(pending?.sameSite).toBe('Lax');
	await signInAtProvider(page, baseURL!, 'sam');
	await expect(page).toHaveURL(/\/worker$/);
	expect(answers).toHaveLength(1);

	const replay = async (context: { get: typeof page.request.get }) => {
		const response = await context.get(answers[0]!, { maxRedirects: 0 });
		const setsSession = response
			.headersArray()
			.some((h) => h.name.toLowerCase() === 'set-cookie' && /^heard_session=[^;]+/.test(h.value));
		return { location: response.headers().location, setsSession };
	};
	expect(await replay(page.request)).toEqual({
		location: '/login?sso=expired',
		setsSession: false
	});

	const another = await request.newContext({ baseURL });
	expect(await replay(another)).toEqual({ location: '/login?sso=expired', setsSession: false });
	// Even holding the first browser's cookie, the code was used: the provider refuses it.
	const withCookie = await request.newContext({
		baseURL,
		extraHTTPHeaders: { cookie: `heard_sso=${pending!.value}` }
	});
	expect(await replay(withCookie)).toEqual({
		location: '/login?sso=not_checked',
		setsSession: false
	});
	expect(lastAudit('sign_in_failed')).toMatchObject({ via: 'sso', reason: 'not_checked' });
	await another.dispose();
	await withCookie.dispose();
});

const REFUSED = [
	{
		login: 'stranger',
		reason: 'no_account',
		says: 'No Heard staff account uses the email address of your council account.'
	},
	{ login: 'young', reason: 'young_person', says: 'This way to sign in is only for staff.' },
	{ login: 'unverified', reason: 'unverified', says: "didn't confirm your email address" },
	{ login: 'left', reason: 'closed', says: 'Your account has been switched off' }
] as const;

for (const { login, reason, says } of REFUSED) {
	test(`single sign-on as "${login}" is refused with a clear message, and audited (${reason})`, async ({
		page,
		baseURL
	}) => {
		await signInWithCouncilAccount(page, baseURL!, login);
		await expect(page).toHaveURL(new RegExp(`/login\\?sso=${reason}$`));
		await expect(page.getByRole('alert')).toContainText(says);
		expect(lastAudit('sign_in_failed')).toMatchObject({ via: 'sso', reason });
		await page.goto('/worker');
		await expect(page).toHaveURL(/\/login/);
	});
}

test('the sign-in page with "Sign in with…" and a refusal a young person may read passes axe', async ({
	page
}) => {
	await page.goto('/login?sso=young_person');
	await expect(page.getByRole('alert')).toContainText('This way to sign in is only for staff.');
	await expect(page.getByRole('link', { name: BUTTON })).toBeVisible();
	await expectNoAccessibilityViolations(page);
});

/** An administrator of our own, with the demo password, so the demo admin's sign-in stays as it is. */
function newAdmin(): string {
	const email = `break-glass-${randomBytes(4).toString('hex')}@glenbrae.example`;
	const db = openTestDatabase();
	try {
		const id = randomBytes(8).toString('hex');
		db.prepare(
			"INSERT INTO users (id, email, password_hash, display_name, first_name, active, created_at) SELECT ?, ?, password_hash, 'Alex Admin', 'Alex', 1, ? FROM users WHERE email = 'sam@glenbrae.example'"
		).run(id, email, Date.now());
		db.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')").run(id);
	} finally {
		db.close();
	}
	return email;
}

async function signInWithPassword(page: Page, identifier: string) {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(identifier);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** An administrator turns "staff must use single sign-on" on, as they would in Admin → Settings. */
async function requireSso(browser: Browser, baseURL: string) {
	const admin = await (await browser.newContext({ baseURL })).newPage();
	await loginAs(admin, 'admin');
	await admin.goto('/admin/settings');
	await admin.getByLabel('Staff must use single sign-on').check();
	await admin.getByRole('button', { name: 'Save settings' }).click();
	await expect(admin.getByRole('status')).toHaveText('Saved.');
	await admin.context().close();
}

// Back to the default after each journey, whatever happened in it, so no other journey's staff
// are sent to single sign-on (the demo admin would be asked for a second step).
test.afterEach(() => {
	const db = openTestDatabase();
	try {
		db.prepare("DELETE FROM settings WHERE key = 'staffSsoRequired'").run();
	} finally {
		db.close();
	}
});

test('when staff must use single sign-on, a worker’s password is refused and points to it; a young person signs in as before', async ({
	browser,
	baseURL,
	page
}) => {
	test.slow(); // three people: the administrator, a worker and a young person
	await requireSso(browser, baseURL!);
	await signInWithPassword(page, 'sam@glenbrae.example');
	await expect(page.getByRole('alert')).toContainText(
		'Your organisation asks staff to sign in with your council account, not a password.'
	);
	await expect(page).toHaveURL(/\/login$/);
	expect(lastAudit('sign_in_failed')).toMatchObject({ reason: 'sso_required' });
	await page.getByRole('link', { name: BUTTON }).click();
	await signInAtProvider(page, baseURL!, 'sam');
	await expect(page).toHaveURL(/\/worker$/);

	const youngPerson = await (await browser.newContext({ baseURL })).newPage();
	await loginAs(youngPerson, 'jordan');
});

test('when staff must use single sign-on, an administrator can still break glass with a password and two-step sign-in', async ({
	browser,
	baseURL,
	page
}) => {
	test.slow(); // the administrator who requires it, then one setting up two-step sign-in
	const breakGlass = newAdmin();
	await requireSso(browser, baseURL!);
	await signInWithPassword(page, breakGlass);
	await expect(page).toHaveURL(/\/login\/two-step$/);
	await setUpTwoStep(page);
	await page.getByRole('link', { name: 'Continue' }).click();
	await expect(page).toHaveURL(/\/admin$/);
	const audited = queryTestDatabase<{ detail: string }>(
		"SELECT a.detail FROM audit_events a JOIN users u ON u.id = a.subject_id WHERE a.action = 'sign_in' AND u.email = ?",
		breakGlass
	);
	expect(audited.map((a) => JSON.parse(a.detail ?? '{}'))).toContainEqual({ breakGlass: true });
});
