import { expect, test, type Browser } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';
import type { DemoAccount } from '../helpers/accounts';

test.use({ viewport: { width: 1280, height: 900 } });

const HOUR = 3_600_000;

/**
 * A young person of Sam's in the North team with one urgent statement nobody
 * has read, written as the app writes them (what no page can set up: the
 * statement's age, and escalation having run).
 */
function addChildWithUrgentStatement(
	name: string,
	sentHoursAgo: number,
	escalatedHoursAgo: number | null
) {
	const db = openTestDatabase();
	const id = () => randomBytes(8).toString('hex');
	try {
		const team = (
			db.prepare("SELECT id FROM teams WHERE name = 'North Children and Families Team'").get() as {
				id: string;
			}
		).id;
		const sam = (
			db.prepare("SELECT id FROM users WHERE email = 'sam@glenbrae.example'").get() as {
				id: string;
			}
		).id;
		const now = Date.now();
		const person = id();
		const statement = id();
		db.prepare(
			"INSERT INTO young_people (id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at) VALUES (?, ?, '2013-04-02', 'foster', 'foster_carer', ?, ?, ?)"
		).run(person, name, `GB-E2E-${person.slice(0, 6)}`, team, now - 400 * 24 * HOUR);
		db.prepare(
			'INSERT INTO allocations (id, young_person_id, worker_id, started_at) VALUES (?, ?, ?, ?)'
		).run(id(), person, sam, now - 300 * 24 * HOUR);
		db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, idempotency_key, sent_at, escalated_at) VALUES (?, ?, 'worried', 'worried', 1, ?, 'sent', 1, ?, ?, ?)"
		).run(
			statement,
			person,
			JSON.stringify({
				what: 'Someone at the bus stop frightens me.',
				safe_now: false,
				who_can_help: ''
			}),
			id(),
			now - sentHoursAgo * HOUR,
			escalatedHoursAgo === null ? null : now - escalatedHoursAgo * HOUR
		);
		return { person, statement };
	} finally {
		db.close();
	}
}

async function signedIn(browser: Browser, who: DemoAccount) {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await loginAs(page, who);
	return { context, page };
}

test("the manager's urgent list says how long each statement has waited and when it escalated", async ({
	page
}) => {
	const name = `Morag${Date.now() % 100000}`;
	const { statement } = addChildWithUrgentStatement(name, 5, 3);
	await loginAs(page, 'manager');
	const urgent = page.getByRole('region', {
		name: 'Urgent: nobody has said they are dealing with it yet'
	});
	const item = urgent.getByRole('listitem').filter({ hasText: name });
	await expect(item).toContainText(/Sent .+ · waiting 5 hours/);
	await expect(item).toContainText(/Escalated .+, after 2 hours/);
	await expectNoAccessibilityViolations(page);

	await expect(item).toContainText('Not read yet.');

	// The link opens the statement itself, as the escalation email's does. Reading it is not
	// dealing with it: it stays on the list until someone says they are.
	await item.getByRole('link', { name: `${name}: I'm worried or I don't feel safe` }).click();
	await expect(page).toHaveURL(new RegExp(`/worker/statements/${statement}$`));
	await expect(page.getByText('Someone at the bus stop frightens me.')).toBeVisible();
	await page.goto('/manager');
	await expect(item).toContainText('Read, but nobody has pressed');
	await page.goto(`/worker/statements/${statement}`);
	await page.getByRole('button', { name: "I'm dealing with this" }).click();
	await expect(page.getByText('You said you are dealing with this.')).toBeVisible();
	await page.goto('/manager');
	await expect(urgent).not.toContainText(name);
});

test('archiving a young person waits until someone is dealing with their urgent statement, then takes it out of the inbox and the team view; the file stays readable', async ({
	page,
	browser
}) => {
	// Three people sign in (argon2 each time), Sam acts on the statement and the admin archives.
	test.setTimeout(120_000);
	const name = `Rowan${Date.now() % 100000}`;
	const { person, statement } = addChildWithUrgentStatement(name, 1, null);

	const sam = await signedIn(browser, 'sam');
	const inbox = sam.page.getByRole('table', { name: 'Inbox' });
	await expect(inbox.getByRole('link', { name })).toBeVisible();
	const notInHand = sam.page.getByRole('region', {
		name: 'Urgent: say when you are dealing with it'
	});
	await expect(notInHand).toContainText(name);
	const manager = await signedIn(browser, 'manager');
	const urgentList = manager.page.getByRole('region', {
		name: 'Urgent: nobody has said they are dealing with it yet'
	});
	await expect(urgentList).toContainText(name);

	// Archived now, it would leave every list unread: the admin is told to wait, and who to ask.
	await loginAs(page, 'admin');
	await page.goto(`/admin/young-people/${person}/archive`);
	await expect(
		page.getByText('You cannot archive this record yet.', { exact: false })
	).toBeVisible();
	await expect(page.getByText('Ask their worker, Sam Taylor,', { exact: false })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Archive record' })).toHaveCount(0);
	await manager.page.reload();
	await expect(urgentList).toContainText(name);

	// Sam reads it and says they are dealing with it: it still waits in the inbox for a reply,
	// after the urgent and unread and the longest waiting, so found by whom it is from.
	await sam.page.goto(`/worker/statements/${statement}`);
	await sam.page.getByRole('button', { name: "I'm dealing with this" }).click();
	await expect(sam.page.getByText('You said you are dealing with this.')).toBeVisible();
	await sam.page.goto(`/worker?person=${person}`);
	await expect(inbox.getByRole('link', { name })).toBeVisible();
	await expect(sam.page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(notInHand.getByText(name)).toHaveCount(0);

	await page.reload();
	await expect(page.getByText(`Nothing ${name} sent is waiting for staff`)).toBeVisible();
	await page.getByLabel('Case closed').check();
	await page.getByLabel(/To confirm, type their name/).fill(name);
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(page.getByText(/This record was archived on/)).toBeVisible();

	await sam.page.goto(`/worker?person=${person}`);
	await expect(inbox.getByRole('link', { name })).toHaveCount(0);
	await sam.page.goto('/worker');
	await expect(
		sam.page.getByRole('table', { name: 'Young people allocated to you' })
	).not.toContainText(name);
	await sam.page.goto('/worker?status=all');
	await expect(sam.page.getByRole('link', { name, exact: true })).toHaveCount(1);
	await expect(sam.page.getByRole('heading', { name: 'Closed records' })).toBeVisible();
	await expectNoAccessibilityViolations(sam.page);
	// Out of the work lists, not out of reach: the file is read-only and still holds what they said.
	await sam.page.getByRole('link', { name, exact: true }).click();
	await expect(sam.page.getByRole('heading', { name: `${name}'s file` })).toBeVisible();
	await expect(
		sam.page.getByText(
			'This record is archived. You can read it, but nothing can be added or changed.'
		)
	).toBeVisible();
	await expect(sam.page.getByRole('link', { name: /I'm worried/ })).toBeVisible();

	await manager.page.goto('/manager');
	await expect(urgentList).not.toContainText(name);
	await expect(
		manager.page.getByRole('table').filter({ hasText: 'Change worker' })
	).not.toContainText(name);
	await sam.context.close();
	await manager.context.close();
});
