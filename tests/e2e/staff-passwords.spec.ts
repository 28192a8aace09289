import { expect as baseExpect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { useOwnServerWithMail } from '../helpers/own-server';

// Each step here may wait on a password hash on a shared machine: a little more patience than a page view.
const expect = baseExpect.configure({ timeout: 15_000 });

// Its own server on its own demo database, with a real SMTP server: passwords change here.
const own = useOwnServerWithMail();
// Several people sign in per journey (argon2 each time): more time than a one-person page.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

async function signIn(page: Page, who: string, password: string) {
	await page.goto(`${own.server.base}/login`);
	await page.getByLabel('Username or work email').fill(who);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The password-link mails a person has been sent (a new account is also told of its roles, separately). */
async function linkMailTo(address: string, count: number): Promise<string> {
	const theirs = () =>
		own.smtp.received.filter((m) => m.includes(`To: ${address}`) && m.includes('/password/'));
	await expect.poll(() => theirs().length, { timeout: 20_000 }).toBe(count);
	return theirs().at(-1)!;
}
const linkIn = (mail: string) =>
	mail.match(new RegExp(`${own.server.base}/password/[a-z2-7]{32}`))?.[0];

async function choosePassword(browser: Browser, link: string, password: string) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(link);
	await page.getByLabel('New password', { exact: true }).fill(password);
	await page.getByLabel('Type the new password again').fill(password);
	await page.getByRole('button', { name: 'Set my password' }).click();
	await expect(page.getByRole('status')).toContainText('Your password is set.');
	await page.close();
}

test('an admin resets a worker’s password: no secret on the admin’s page, the worker is emailed a link that works once, old sessions end', async ({
	browser
}) => {
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO.admin.signIn, DEMO_PASSWORD);
	// Wait for the landing page: a slow sign-in must not race the next navigation.
	await expect(admin).toHaveURL(`${own.server.base}/admin`);
	const sam = await (await browser.newContext()).newPage();
	await signIn(sam, DEMO.sam.signIn, DEMO_PASSWORD);
	await expect(sam).toHaveURL(`${own.server.base}/worker`);

	const samId = own.query<{ id: string }>(
		'SELECT id FROM users WHERE email = ?',
		DEMO.sam.signIn
	)[0]!.id;
	await admin.goto(`${own.server.base}/admin/staff/${samId}`);
	await admin.getByRole('button', { name: 'Reset password' }).click();
	await expect(admin.getByText('Tick the box to confirm.')).toBeVisible();
	await sam.reload();
	await expect(sam).toHaveURL(`${own.server.base}/worker`);

	await admin.getByLabel("Yes, reset Sam Taylor's password and sign them out").check();
	await admin.getByRole('button', { name: 'Reset password' }).click();
	await expect(admin.getByRole('status')).toContainText(
		'We have emailed sam@glenbrae.example a link to choose a new one'
	);
	await expectNoAccessibilityViolations(admin);

	const mail = await linkMailTo(DEMO.sam.signIn, 1);
	const link = linkIn(mail);
	expect(link, mail).toBeDefined();
	const token = link!.split('/').at(-1)!;
	expect(await admin.content()).not.toContain(token);
	expect(await admin.content()).not.toContain('/password/');

	// Sam's open session has ended, and the old password no longer works.
	await sam.goto(`${own.server.base}/worker`);
	await expect(sam).toHaveURL(/\/login/);
	await signIn(sam, DEMO.sam.signIn, DEMO_PASSWORD);
	await expect(sam.getByText("That username or password didn't work.")).toBeVisible();

	await choosePassword(browser, link!, 'chosen by me this time');
	await signIn(sam, DEMO.sam.signIn, 'chosen by me this time');
	await expect(sam).toHaveURL(`${own.server.base}/worker`);

	const reused = await (await browser.newContext()).newPage();
	await reused.goto(link!);
	await expect(
		reused.getByRole('heading', { level: 1, name: 'This link no longer works' })
	).toBeVisible();

	// Once sent, the outbox keeps no usable link; the reset is the admin's act in the audit log.
	const outbox = own.query<{ body: string }>(
		'SELECT body FROM mail_outbox WHERE "to" = ?',
		DEMO.sam.signIn
	);
	expect(outbox.map((row) => row.body).join()).not.toContain(token);
	const adminId = own.query<{ id: string }>(
		'SELECT id FROM users WHERE email = ?',
		DEMO.admin.signIn
	)[0]!.id;
	const events = own.query<{ action: string; actorId: string }>(
		"SELECT action, actor_id AS actorId FROM audit_events WHERE subject_id = ? AND action IN ('staff_password_reset', 'password_set_with_link') ORDER BY id",
		samId
	);
	expect(events).toEqual([
		{ action: 'staff_password_reset', actorId: adminId },
		{ action: 'password_set_with_link', actorId: samId }
	]);
});

test('a new staff account gets its password from an emailed link, never from the admin', async ({
	browser
}) => {
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO.admin.signIn, DEMO_PASSWORD);
	// Wait for the landing page: a slow sign-in must not race the next navigation.
	await expect(admin).toHaveURL(`${own.server.base}/admin`);
	await admin.goto(`${own.server.base}/admin/staff/new`);
	await admin.getByLabel('Full name').fill('Iona Black');
	await admin.getByLabel('First name').fill('Iona');
	await admin.getByLabel('Work email').fill('iona.black@glenbrae.example');
	await admin.getByLabel('North Children and Families Team').selectOption('worker');
	await admin.getByRole('button', { name: 'Create account' }).click();
	await expect(admin.getByRole('status')).toContainText(
		'We have emailed iona.black@glenbrae.example a link to choose their password.'
	);

	const link = linkIn(await linkMailTo('iona.black@glenbrae.example', 1));
	expect(link).toBeDefined();
	expect(await admin.content()).not.toContain(link!.split('/').at(-1)!);
	await choosePassword(browser, link!, 'iona picked her own');
	const iona = await (await browser.newContext()).newPage();
	await signIn(iona, 'iona.black@glenbrae.example', 'iona picked her own');
	await expect(iona).toHaveURL(`${own.server.base}/worker`);
});

test('any member of staff changes their own password, which signs them out everywhere else', async ({
	browser
}) => {
	const here = await (await browser.newContext()).newPage();
	await signIn(here, DEMO.lead.signIn, DEMO_PASSWORD);
	await expect(here).toHaveURL(`${own.server.base}/lead`);
	const elsewhere = await (await browser.newContext()).newPage();
	await signIn(elsewhere, DEMO.lead.signIn, DEMO_PASSWORD);
	await expect(elsewhere).toHaveURL(`${own.server.base}/lead`);

	await here.getByRole('link', { name: 'My password' }).click();
	await expect(here.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
	await expectNoAccessibilityViolations(here);
	await here.getByLabel('Your password now').fill('not my password');
	await here.getByLabel('New password', { exact: true }).fill('a brand new password of mine');
	await here.getByLabel('Type the new password again').fill('a brand new password of mine');
	await here.getByRole('button', { name: 'Change password' }).click();
	await expect(here.getByText('That is not your password now. Try again.')).toBeVisible();

	await here.getByLabel('Your password now').fill(DEMO_PASSWORD);
	await here.getByLabel('New password', { exact: true }).fill('a brand new password of mine');
	await here.getByLabel('Type the new password again').fill('a different one entirely');
	await here.getByRole('button', { name: 'Change password' }).click();
	await expect(here.getByText('The two passwords are not the same.')).toBeVisible();

	await here.getByLabel('Your password now').fill(DEMO_PASSWORD);
	await here.getByLabel('New password', { exact: true }).fill('a brand new password of mine');
	await here.getByLabel('Type the new password again').fill('a brand new password of mine');
	await here.getByRole('button', { name: 'Change password' }).click();
	await expect(here.getByRole('status')).toContainText('Your password is changed.');

	await here.goto(`${own.server.base}/lead`);
	await expect(here).toHaveURL(`${own.server.base}/lead`);
	await elsewhere.goto(`${own.server.base}/lead`);
	await expect(elsewhere).toHaveURL(/\/login/);
	await signIn(elsewhere, DEMO.lead.signIn, 'a brand new password of mine');
	await expect(elsewhere).toHaveURL(`${own.server.base}/lead`);
});
