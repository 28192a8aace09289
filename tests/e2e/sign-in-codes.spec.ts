import { expect, test, type Browser, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

// One young person's sign-in codes, from the first letter to a reset: each step builds on the last.
test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const NAME = `Wren${Date.now() % 100000}`;
const USERNAME = NAME.toLowerCase();
let id = '';
let letterCode = '';

async function activate(
	browser: Browser,
	code: string,
	password: string
): Promise<{ phone: Page; close: () => Promise<void> }> {
	const context = await browser.newContext(PHONE);
	const phone = await context.newPage();
	await phone.goto('/activate');
	await phone.getByLabel('Your code').fill(code);
	await phone.getByLabel('Choose a username').fill(USERNAME);
	await phone.getByLabel('Choose a password', { exact: true }).fill(password);
	await phone.getByLabel('Type the password again').fill(password);
	await phone.getByRole('button', { name: 'Start' }).click();
	return { phone, close: () => context.close() };
}

const codesFor = () =>
	queryTestDatabase<{ n: number }>(
		'SELECT count(*) AS n FROM activation_codes WHERE young_person_id = ?',
		id
	)[0]!.n;

test('the administrator’s page says who gives the sign-in letter, and makes none', async ({
	page,
	baseURL
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/young-people/new');
	await page.getByLabel('Preferred name').fill(NAME);
	await page.getByLabel('Date of birth').fill('2015-02-11');
	await page.getByLabel('Case reference').fill(`GB-E2E-CODES-${NAME}`);
	await page.getByLabel('Legal status').selectOption({ label: 'Kinship care' });
	await page.getByLabel('Placement type').selectOption({ label: 'Kinship carer' });
	await page
		.getByLabel('Team', { exact: true })
		.selectOption({ label: 'North Children and Families Team' });
	await page.getByRole('button', { name: 'Add young person' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
	id = new URL(page.url()).pathname.split('/').pop()!;
	await expect(
		page.getByText('Allocate a worker: they will give the young person their sign-in letter.')
	).toBeVisible();

	await page.getByLabel('Allocate a worker', { exact: true }).selectOption({ label: 'Sam Taylor' });
	await page.getByRole('button', { name: 'Save worker' }).click();
	await expect(
		page.getByText('Their worker, Sam Taylor, gives them their sign-in letter.', { exact: false })
	).toBeVisible();
	await expect(page.locator('a[href$="/letter"]')).toHaveCount(0);
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Ask Sam to make the sign-in letter' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'We have emailed' })).toHaveText(
		'We have emailed Sam a link to make the code. The email does not say who it is for.'
	);

	// The old letter page, and its action sent by hand, make nothing.
	expect((await page.request.get(`/admin/young-people/${id}/letter`)).status()).toBe(404);
	const forged = await page.request.post(`/admin/young-people/${id}/letter?/issue`, {
		headers: { origin: baseURL!, accept: 'text/html' },
		form: {}
	});
	expect([403, 404, 405]).toContain(forged.status());
	expect(await forged.text()).not.toMatch(
		/data-testid="activation-code"|\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b/
	);
	expect(codesFor()).toBe(0);
});

test('the worker makes the first letter, audited as theirs, and it still opens their sign-in after words said together', async ({
	page,
	browser
}) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${id}`);
	await page.getByRole('link', { name: 'Sign-in letter' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`A sign-in letter for ${NAME}`);
	await expect(page.getByText(`With this code ${NAME} makes their own sign-in`)).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Make a code and letter' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'The code is ready. Print the letter or give them the code now: it is not shown again.'
	);
	await expect(page.getByRole('heading', { name: `Hello ${NAME}` })).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code that opens .*\/activate/ })).toBeVisible();
	await expect(page.getByText('Your worker Sam will read what you send.')).toBeVisible();
	await expectNoAccessibilityViolations(page);
	letterCode = (await page.getByTestId('activation-code').textContent())!.trim();
	expect(letterCode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
	const [issued] = queryTestDatabase<{ actor: string; detail: string }>(
		"SELECT u.email AS actor, e.detail FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE e.action = 'activation_code_issued' AND e.subject_id = ? AND e.young_person_id = ?",
		id,
		id
	);
	expect(issued!.actor).toBe('sam@glenbrae.example');
	expect(JSON.parse(issued!.detail)).toEqual({ via: 'worker', replacesSignIn: false });

	await page.goto(`/worker/young-people/${id}/with/good_news`);
	await page.getByLabel("What's the good news?").fill('We planted beans in the garden');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/worker\/statements\//);

	// Their worker already reads these words, so the letter they handed over still works.
	const first = await activate(browser, letterCode, 'beans-in-the-garden');
	await expect(first.phone).toHaveURL(/\/me\?welcome=1$/);
	await expect(first.phone.getByText(/Your sign-in was changed/)).toHaveCount(0);
	await first.close();
	const [activated] = queryTestDatabase<{ detail: string }>(
		"SELECT detail FROM audit_events WHERE action = 'account_activated' AND young_person_id = ?",
		id
	);
	expect(JSON.parse(activated!.detail)).toMatchObject({
		issuedByName: 'Sam Taylor',
		via: 'worker'
	});
});

test('a new code for someone with a sign-in comes from their worker, and using it is told to them and audited', async ({
	page,
	browser
}) => {
	// Before the new code, a complaint about their worker: the complaints team reads it, not Sam.
	const before = await browser.newContext(PHONE);
	const child = await before.newPage();
	await child.goto('/login');
	await child.getByLabel('Username or work email').fill(USERNAME);
	await child.getByLabel('Password').fill('beans-in-the-garden');
	await child.getByRole('button', { name: 'Sign in' }).click();
	await expect(child).toHaveURL(/\/me$/, { timeout: 15_000 });
	await child.goto('/me/not-happy');
	await child.getByLabel('Make a complaint').check();
	await child.getByLabel(/^What is wrong\?/).fill('Sam is not listening to me');
	await child.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(child.getByText('Sent. Thank you for telling us.')).toBeVisible();
	await before.close();

	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${id}/sign-in-code`);
	await expect(page.getByText(`${NAME} already has a sign-in.`)).toBeVisible();
	await page.getByRole('button', { name: 'Make a new code' }).click();
	await expect(page.getByRole('heading', { name: `Hello ${NAME}` })).toBeVisible();
	await expect(
		page.getByText(
			'This letter gives you a new way to sign in to Heard. Your old password will stop working.'
		)
	).toBeVisible();
	const code = (await page.getByTestId('activation-code').textContent())!.trim();

	const reset = await activate(browser, code, 'a-new-password-for-me');
	await expect(reset.phone).toHaveURL(/\/me$/);
	await expect(
		reset.phone.getByText(
			/^Your sign-in was changed on .+ with a new code\. If that wasn't you, tell your worker or an adult you trust\.$/
		)
	).toBeVisible();
	await expectNoAccessibilityViolations(reset.phone);
	// Whoever holds the new code (Sam made it) does not see the complaint; the team still has it.
	await reset.phone.goto('/me/not-happy');
	await expect(
		reset.phone.getByText(
			'Your sign-in was changed, so what you sent before then is not shown here. The complaints team still has it. They will still get in touch with you.'
		)
	).toBeVisible();
	await expect(reset.phone.getByText('Sam is not listening to me')).toHaveCount(0);
	await reset.close();

	const [event] = queryTestDatabase<{ actor: string; detail: string }>(
		"SELECT u.username AS actor, e.detail FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE e.action = 'sign_in_reset' AND e.young_person_id = ?",
		id
	);
	expect(event!.actor).toBe(USERNAME);
	expect(JSON.parse(event!.detail)).toMatchObject({ issuedByName: 'Sam Taylor', via: 'worker' });

	await page.getByRole('button', { name: 'Sign out' }).click();
	await loginAs(page, 'admin');
	await page.goto(`/admin/audit?youngPerson=${id}&action=sign_in_reset`);
	const row = page
		.getByRole('table', { name: 'Audit events, newest first' })
		.getByRole('row')
		.filter({ hasText: "Young person's sign-in reset with a new code" });
	await expect(row).toContainText('Check this:');
	await expect(row).toContainText('Sam Taylor');
});
