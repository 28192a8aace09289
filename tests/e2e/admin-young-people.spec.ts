import { expect, test, type Browser } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { addOwnChild } from '../helpers/own-child';
import { loginAs } from '../helpers/session';

// One young person's whole life in Heard, as an administrator runs it: each step builds on the last.
test.describe.configure({ mode: 'serial' });

const NAME = `Skye${Date.now() % 100000}`;
const USERNAME = NAME.toLowerCase();
const PASSWORD = 'blue-kite-on-a-hill';
// Its own each run: a group run again after a retry must not meet its own record's reference.
const REFERENCE = `GB-E2E-${NAME}`;
let recordUrl = '';

async function signInOnPhone(browser: Browser, username: string, password: string) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(username);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	return { context, page };
}

test('an admin adds a young person, explained mistakes first', async ({ page }) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/young-people/new');
	await expectNoAccessibilityViolations(page);
	await page.getByLabel('Preferred name').fill(NAME);
	await page.getByLabel('Date of birth').fill('1990-01-01');
	await page.getByLabel('Case reference').fill(REFERENCE);
	await page.getByRole('button', { name: 'Add young person' }).click();
	await expect(page.getByText('Heard is for young people up to 26.')).toBeVisible();
	await expect(page.getByLabel('Legal status')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Preferred name')).toHaveValue(NAME);

	await page.getByLabel('Date of birth').fill('2014-06-15');
	await page.getByLabel('Legal status').selectOption({ label: 'Foster care' });
	await page.getByLabel('Placement type').selectOption({ label: 'Foster carer' });
	await page
		.getByLabel('Team', { exact: true })
		.selectOption({ label: 'North Children and Families Team' });
	await page.getByLabel('Allocated worker').selectOption({ label: 'Sam Taylor' });
	await page.getByRole('button', { name: 'Add young person' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAME);
	await expect(page.getByText('Allocated worker: Sam Taylor')).toBeVisible();
	recordUrl = new URL(page.url()).pathname;
	await expectNoAccessibilityViolations(page);
});

test('a second record with the same case reference is questioned, not made, until it is said to be someone else', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/young-people/new');
	await page.getByLabel('Preferred name').fill(`${NAME} again`);
	await page.getByLabel('Date of birth').fill('2014-06-15');
	await page.getByLabel('Case reference').fill(` ${REFERENCE.toLowerCase()} `);
	await page.getByLabel('Legal status').selectOption({ label: 'Foster care' });
	await page.getByLabel('Placement type').selectOption({ label: 'Foster carer' });
	await page
		.getByLabel('Team', { exact: true })
		.selectOption({ label: 'North Children and Families Team' });
	await page.getByRole('button', { name: 'Add young person' }).click();
	await expect(
		page.getByText("Another young person's record already has this case reference.")
	).toBeVisible();
	const someoneElse = page.getByLabel(
		'This is a different young person who shares this case reference'
	);
	await expect(someoneElse).not.toBeChecked();
	await expect(page.getByLabel('Preferred name')).toHaveValue(`${NAME} again`);
	await expectNoAccessibilityViolations(page);
	expect(
		queryTestDatabase(`SELECT id FROM young_people WHERE preferred_name = '${NAME} again'`)
	).toEqual([]);
});

test('their worker, not the administrator, gives the sign-in letter, and its code lets the young person make their account', async ({
	page,
	browser
}) => {
	await loginAs(page, 'admin');
	await page.goto(recordUrl);
	await expect(
		page.getByText('Their worker, Sam Taylor, gives them their sign-in letter.', { exact: false })
	).toBeVisible();
	expect((await page.request.get(`${recordUrl}/letter`)).status()).toBe(404);
	await page.getByRole('button', { name: 'Sign out' }).click();

	await loginAs(page, 'sam');
	await page.goto(`/worker${recordUrl.replace('/admin', '')}/sign-in-code`);
	await page.getByRole('button', { name: 'Make a code and letter' }).click();
	await expect(page.getByRole('heading', { name: `Hello ${NAME}` })).toBeVisible();
	await expect(page.getByRole('img', { name: /QR code that opens .*\/activate/ })).toBeVisible();
	await expect(page.getByText('Your worker Sam will read what you send.')).toBeVisible();
	await expectNoAccessibilityViolations(page);
	const code = (await page.getByTestId('activation-code').textContent())!.trim();

	const child = await browser.newContext(PHONE);
	const phone = await child.newPage();
	await phone.goto('/activate');
	await phone.getByLabel('Your code').fill(code);
	await phone.getByLabel('Choose a username').fill(USERNAME);
	await phone.getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
	await phone.getByLabel('Type the password again').fill(PASSWORD);
	await phone.getByRole('button', { name: 'Start' }).click();
	await expect(phone.getByRole('heading', { level: 1 })).toHaveText(`Hi ${NAME}`);
	await child.close();
});

test('reassignment gives them a new worker and keeps the history', async ({ page, browser }) => {
	await loginAs(page, 'admin');
	await page.goto(recordUrl);
	// Aileen reads complaints, which may be about a young person's worker: never offered as one.
	const choices = await page.getByLabel('Change worker to').locator('option').allTextContents();
	expect(choices.join()).toContain('Fiona MacLeod');
	expect(choices.join()).not.toContain('Aileen');
	await page.getByLabel('Change worker to').selectOption({ label: 'Fiona MacLeod' });
	await page.getByRole('button', { name: 'Save worker' }).click();
	await expect(page.getByRole('status')).toContainText('Worker changed.');
	await expect(page.getByText('Allocated worker: Fiona MacLeod')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Worker history' })).toContainText('Sam Taylor');
	const rows = queryTestDatabase<{ ended: number | null; announced: number }>(
		'SELECT a.ended_at AS ended, a.announced FROM allocations a JOIN young_people y ON y.id = a.young_person_id WHERE y.preferred_name = ? ORDER BY a.started_at',
		NAME
	);
	expect(rows).toHaveLength(2);
	expect(rows[0]!.ended).not.toBeNull();
	expect(rows[1]).toEqual({ ended: null, announced: 0 });

	const { context, page: phone } = await signInOnPhone(browser, USERNAME, PASSWORD);
	await expect(phone.getByText(/Fiona/).first()).toBeVisible();
	await context.close();
});

test('the subject-access export holds their record and what they said, and is audited', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto(`${recordUrl}/export`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Everything held about ${NAME}`);
	await expect(page.getByText(REFERENCE)).toBeVisible();
	await expect(page.getByRole('table', { name: /Every recorded action/ })).toContainText(
		'account_activated'
	);
	// Beside the statements: a lead's quotes of them, what is not sent yet, where they are signed in.
	for (const part of [
		'Quoted in participation reports',
		'Started, not sent',
		'Where they are signed in'
	])
		await expect(page.getByRole('heading', { name: part })).toBeVisible();
	await expectNoAccessibilityViolations(page);

	const json = await page.request.get(`${recordUrl}/export.json`);
	expect(json.headers()['content-disposition']).toContain('attachment');
	const data = await json.json();
	expect(data.profile.preferredName).toBe(NAME);
	expect(data.allocations).toHaveLength(2);
	const events = queryTestDatabase<{ detail: string }>(
		"SELECT e.detail FROM audit_events e JOIN young_people y ON y.id = e.young_person_id WHERE y.preferred_name = ? AND e.action = 'subject_access_exported'",
		NAME
	);
	expect(events.map((e) => JSON.parse(e.detail).format).sort()).toEqual(['json', 'print']);
});

test('archiving needs the name typed, then sign-in is refused and the record is read-only', async ({
	page,
	browser
}) => {
	await loginAs(page, 'admin');
	await page.goto(`${recordUrl}/archive`);
	await expectNoAccessibilityViolations(page);
	await page.getByLabel('Case closed').check();
	await page.getByLabel(/To confirm, type their name/).fill('someone else');
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(page.getByText('Type the name exactly as shown to confirm.')).toBeVisible();
	await page.getByLabel(/To confirm, type their name/).fill(NAME);
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(page.getByText(/This record was archived on/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Signing in' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /sign-in letter/ })).toHaveCount(0);

	const { context, page: phone } = await signInOnPhone(browser, USERNAME, PASSWORD);
	await expect(phone).toHaveURL(/\/login/);
	// With the right password an archived young person is told their account is closed, not that the password was wrong.
	await expect(
		phone.getByText("Your Heard account is closed, so you can't sign in any more.")
	).toBeVisible();
	await expect(
		phone.getByText("That username or password didn't work.", { exact: false })
	).toHaveCount(0);
	await context.close();
});

test('the audit log shows these events, filtered without JavaScript', async ({
	browser,
	page: withScripts
}) => {
	test.setTimeout(60_000);
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await loginAs(page, 'admin');
	await page.goto('/admin/audit');
	await page.getByLabel('About young person').selectOption({ label: `${NAME} (${REFERENCE})` });
	await page.getByRole('button', { name: 'Show' }).click();
	const log = page.getByRole('table', { name: 'Audit events, newest first' });
	// The viewer names each action in words (src/lib/server/audit/action-labels.ts), never by its code.
	for (const action of [
		"Young person's record created",
		'Activation code made',
		"Young person's account activated",
		'Young person given a new worker',
		'Subject-access export made',
		"Young person's record archived"
	]) {
		await expect(log.getByText(action).first()).toBeVisible();
	}
	await expect(log).not.toContainText('young_person_archived');
	await page.getByLabel('What', { exact: true }).selectOption('young_person_archived');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByText('1 event. Page 1 of 1.')).toBeVisible();
	const filtered = new URL(page.url()).pathname + new URL(page.url()).search;
	await context.close();
	// axe runs as a script, so the same filtered page is checked in an ordinary browser.
	await loginAs(withScripts, 'admin');
	await withScripts.goto(filtered);
	await expect(
		withScripts.getByRole('table', { name: 'Audit events, newest first' })
	).toContainText("Young person's record archived");
	await expectNoAccessibilityViolations(withScripts);
});

/** "Are you safe right now? No": urgent, and nobody has read it yet. */
function sendWorry(person: string) {
	const db = openTestDatabase();
	try {
		const statement = randomBytes(8).toString('hex');
		db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, idempotency_key, sent_at) VALUES (?, ?, 'worried', 'worried', 1, ?, 'sent', 1, ?, ?)"
		).run(
			statement,
			person,
			JSON.stringify({ what: 'I do not feel safe at home.', safe_now: false, who_can_help: '' }),
			randomBytes(8).toString('hex'),
			Date.now()
		);
		return statement;
	} finally {
		db.close();
	}
}

const archivedAt = (person: string) =>
	queryTestDatabase<{ at: number | null }>(
		'SELECT archived_at AS at FROM young_people WHERE id = ?',
		person
	)[0]!.at;

test('archiving waits while an urgent statement is unread and nobody is dealing with it, and says who to ask', async ({
	page,
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const name = `Ruby${Date.now() % 100000}`;
	const person = addOwnChild(name).id;
	const statement = sendWorry(person);
	await loginAs(page, 'admin');
	await page.goto(`/admin/young-people/${person}/archive`);
	const waiting = page.getByRole('region', { name: 'Still waiting for staff' });
	await expect(waiting).toContainText('1 urgent statement nobody has said they are dealing with');
	await expect(waiting).toContainText('1 statement nobody has read yet');
	await expect(waiting).toContainText('You cannot archive this record yet.');
	await expect(waiting).toContainText('Ask their worker, Sam Taylor,');
	await expect(waiting).toContainText('A manager of their team can do this too: Fiona MacLeod.');
	await expect(page.getByRole('button', { name: 'Archive record' })).toHaveCount(0);
	await expectNoAccessibilityViolations(page);

	// The form's request sent anyway, as from a tab opened earlier: refused, nothing archived.
	const sent = await page.request.post(`/admin/young-people/${person}/archive`, {
		headers: {
			origin: baseURL!,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		data: `reason=case_closed&confirmName=${name}`
	});
	expect(sent.status()).toBe(409);
	expect(archivedAt(person)).toBeNull();

	// Their worker reads it and says they are dealing with it; then the record can be archived.
	const sam = await browser.newContext();
	const samPage = await sam.newPage();
	await loginAs(samPage, 'sam');
	await samPage.goto(`/worker/statements/${statement}`);
	await samPage.getByRole('button', { name: "I'm dealing with this" }).click();
	await expect(samPage.getByText('You said you are dealing with this.')).toBeVisible();
	await sam.close();

	await page.reload();
	await expect(waiting).toContainText(`Nothing ${name} sent is waiting for staff`);
	await page.getByLabel('Case closed').check();
	await page.getByLabel(/To confirm, type their name/).fill(name);
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(page.getByText(/This record was archived on/)).toBeVisible();
	expect(archivedAt(person)).not.toBeNull();
});

test('a statement sent while the admin was confirming stops the archive, and the page says what came in', async ({
	page
}) => {
	const name = `Rory${Date.now() % 100000}`;
	const person = addOwnChild(name).id;
	await loginAs(page, 'admin');
	await page.goto(`/admin/young-people/${person}/archive`);
	const waiting = page.getByRole('region', { name: 'Still waiting for staff' });
	await expect(waiting).toContainText(`Nothing ${name} sent is waiting for staff`);
	await page.getByLabel('Case closed').check();
	await page.getByLabel(/To confirm, type their name/).fill(name);

	sendWorry(person);
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(waiting.getByRole('alert')).toHaveText(/You cannot archive this record yet\./);
	await expect(waiting).toContainText('1 urgent statement nobody has said they are dealing with');
	await expect(page.getByRole('button', { name: 'Archive record' })).toHaveCount(0);
	expect(archivedAt(person)).toBeNull();
});
