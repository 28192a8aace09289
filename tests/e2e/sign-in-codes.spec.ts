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

async function activate(browser: Browser, code: string, password: string): Promise<{ phone: Page; close: () => Promise<void> }> {
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

const codesFor = () => queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM activation_codes WHERE young_person_id = ?', id)[0]!.n;

test('an administrator prints a first letter while nothing has been said', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/young-people/new');
	await page.getByLabel('Preferred name').fill(NAME);
	await page.getByLabel('Date of birth').fill('2015-02-11');
	await page.getByLabel('Case reference').fill('GB-E2E-CODES');
	await page.getByLabel('Legal status').selectOption({ label: 'Kinship care' });
	await page.getByLabel('Placement type').selectOption({ label: 'Kinship carer' });
	await page.getByLabel('Team', { exact: true }).selectOption({ label: 'North Children and Families Team' });
	await page.getByLabel('Allocated worker').selectOption({ label: 'Sam Taylor' });
	await page.getByRole('button', { name: 'Add young person' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
	id = new URL(page.url()).pathname.split('/').pop()!;
	await page.goto(`/admin/young-people/${id}/letter`);
	await page.getByRole('button', { name: 'Make a code and letter' }).click();
	letterCode = (await page.getByTestId('activation-code').textContent())!.trim();
	expect(letterCode).toMatch(/^\w{4}-\w{4}-\w{4}$/);
});

test('once a worker has sent something with them, the letter stops working and only the worker makes codes', async ({ page, browser, baseURL }) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${id}/with/good_news`);
	await page.getByLabel("What's the good news?").fill('We planted beans in the garden');
	await page.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(page).toHaveURL(/\/worker\/statements\//);

	// Whoever kept the printed letter cannot use it now: it would open what was just said.
	const { phone, close } = await activate(browser, letterCode, 'a-kept-copy-of-the-letter');
	await expect(phone.getByText("This code doesn't work any more. Ask your worker for a new one.")).toBeVisible();
	await close();
	expect(queryTestDatabase<{ userId: string | null }>('SELECT user_id AS userId FROM young_people WHERE id = ?', id)[0]!.userId).toBeNull();

	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await loginAs(admin, 'admin');
	await admin.goto(`/admin/young-people/${id}/letter`);
	await expect(admin.getByText(`Something has already been said for ${NAME}, with their worker.`)).toBeVisible();
	await expect(admin.getByRole('button', { name: 'Make a code and letter' })).toHaveCount(0);
	await expectNoAccessibilityViolations(admin);
	await admin.getByRole('button', { name: 'Ask Sam to make a new code' }).click();
	await expect(admin.getByRole('status')).toHaveText('We have emailed Sam a link to make the code. The email does not say who it is for.');
	const before = codesFor();
	const forged = await admin.request.post(`/admin/young-people/${id}/letter?/issue`, { headers: { origin: baseURL!, accept: 'text/html' }, form: {} });
	expect(forged.status()).toBe(409);
	expect(await forged.text()).not.toMatch(/data-testid="activation-code"/);
	expect(codesFor()).toBe(before);
	await adminContext.close();

	await page.goto(`/worker/young-people/${id}`);
	await page.getByRole('link', { name: 'New sign-in code' }).click();
	await expect(page.getByText(`With this code ${NAME} makes their own sign-in`)).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Make a new code' }).click();
	await expect(page.getByRole('status')).toHaveText('The code is ready. Print the letter or give them the code now: it is not shown again.');
	const code = (await page.getByTestId('activation-code').textContent())!.trim();
	const first = await activate(browser, code, 'beans-in-the-garden');
	await expect(first.phone).toHaveURL(/\/me\?welcome=1$/);
	await expect(first.phone.getByText(/Your sign-in was changed/)).toHaveCount(0);
	await first.close();
});

test('a new code for someone with a sign-in comes from their worker, and using it is told to them and audited', async ({ page, browser }) => {
	await loginAs(page, 'sam');
	await page.goto(`/worker/young-people/${id}/sign-in-code`);
	await expect(page.getByText(`${NAME} already has a sign-in.`)).toBeVisible();
	await page.getByRole('button', { name: 'Make a new code' }).click();
	await expect(page.getByRole('heading', { name: `Hello ${NAME}` })).toBeVisible();
	await expect(page.getByText('This letter gives you a new way to sign in to Heard. Your old password will stop working.')).toBeVisible();
	const code = (await page.getByTestId('activation-code').textContent())!.trim();

	const reset = await activate(browser, code, 'a-new-password-for-me');
	await expect(reset.phone).toHaveURL(/\/me$/);
	await expect(reset.phone.getByText(/^Your sign-in was changed on .+ with a new code\. If that wasn't you, tell your worker or an adult you trust\.$/)).toBeVisible();
	await expectNoAccessibilityViolations(reset.phone);
	await reset.close();

	const [event] = queryTestDatabase<{ actor: string; detail: string }>(
		"SELECT u.username AS actor, e.detail FROM audit_events e JOIN users u ON u.id = e.actor_id WHERE e.action = 'sign_in_reset' AND e.young_person_id = ?", id
	);
	expect(event!.actor).toBe(USERNAME);
	expect(JSON.parse(event!.detail)).toMatchObject({ issuedByName: 'Sam Taylor', via: 'worker' });

	await page.getByRole('button', { name: 'Sign out' }).click();
	await loginAs(page, 'admin');
	await page.goto(`/admin/audit?youngPerson=${id}&action=sign_in_reset`);
	const row = page.getByRole('table', { name: 'Audit events, newest first' }).getByRole('row').filter({ hasText: "Young person's sign-in reset with a new code" });
	await expect(row).toContainText('Check this:');
	await expect(row).toContainText('Sam Taylor');
});
