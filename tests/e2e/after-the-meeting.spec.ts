import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, addOwnMeeting, addViewsBefore, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });
// One journey in steps: each step starts where the one before left the child's meeting.
test.describe.configure({ mode: 'serial' });

const name = `Morwen${Date.now() % 100000}`;
let child: ReturnType<typeof addOwnChild>;
let late: string;

test.beforeAll(() => {
	child = addOwnChild(name);
	// Twelve days ago: more than five working days, so telling them is overdue. Two days ago: still due.
	late = addOwnMeeting(child.id, 12, child.sam);
	addViewsBefore(child.id, late, {
		going_well: 'School is going well this term',
		want_to_happen: 'I want to stay with my foster family',
		who_there: 'My nan'
	});
	const recent = addOwnMeeting(child.id, 2, child.sam);
	addViewsBefore(child.id, recent, { want_to_happen: 'More time at the climbing club' });
});

test('a meeting the child gave views for waits for the worker, and shows as overdue to them and their manager once late', async ({
	browser
}) => {
	const sam = await signedInPage(browser, 'sam');
	const after = sam.page.getByRole('region', { name: 'After meetings' });
	const items = after.getByRole('listitem').filter({ hasText: name });
	await expect(items).toHaveCount(2);
	await expect(items.filter({ hasText: /Overdue: due by/ })).toHaveCount(1);
	await expect(items.filter({ hasText: /Due by/ })).toHaveCount(1);
	await expectNoAccessibilityViolations(sam.page);
	await sam.context.close();

	// The manager sees the overdue one in the team view, and only that one.
	const manager = await signedInPage(browser, 'manager');
	const overdue = manager.page.getByRole('region', { name: 'Not told what was decided (overdue)' });
	const mine = overdue.getByRole('listitem').filter({ hasText: name });
	await expect(mine).toHaveCount(1);
	await expect(mine).toContainText('Worker: Sam Taylor · due by');
	await manager.context.close();
});

test('the worker says what was decided, in words for the child, and which requests were agreed', async ({
	browser
}) => {
	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/meetings/${late}/after`);
	await expect(sam.page.getByText('I want to stay with my foster family')).toBeVisible();
	await sam.page.getByRole('button', { name: `Tell ${name}` }).click();
	await expect(sam.page.getByText(`Write this for ${name}.`).first()).toBeVisible();
	await sam.page
		.getByLabel(`What was decided, in words for ${name}`)
		.fill('You will stay with your foster family. We will look again in six months.');
	await sam.page
		.getByLabel(`How ${name}'s views were taken into account`)
		.fill('You said you wanted to stay, and everyone agreed that is best for you.');
	await sam.page.getByRole('checkbox', { name: /I want to stay with my foster family/ }).check();
	await sam.page.getByRole('button', { name: `Tell ${name}` }).click();
	await expect(sam.page.getByRole('status')).toHaveText(`Saved. ${name} is told in their app.`);
	await expect(sam.page.getByText(`${name} has not opened it yet`)).toBeVisible();
	await expectNoAccessibilityViolations(sam.page);
	await sam.context.close();
	const events = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'meeting_feedback_recorded' AND subject_id = ?",
		late
	);
	expect(events[0]!.n).toBe(1);

	// No longer overdue for the manager.
	const manager = await signedInPage(browser, 'manager');
	const overdue = manager.page.getByRole('region', { name: 'Not told what was decided (overdue)' });
	await expect(overdue.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await manager.context.close();
});

test('the child is told on their home page, reads it, rates it and answers back', async ({
	browser
}) => {
	const own = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await own.newPage();
	await signInAsChild(page, child.username);
	await page.getByRole('link', { name: /Sam has told you what happened/ }).click();
	await expect(page.getByRole('heading', { name: 'After your meeting' })).toBeVisible();
	await expect(page.getByText('You will stay with your foster family.')).toBeVisible();
	await expect(page.getByText('everyone agreed that is best for you')).toBeVisible();
	const asked = page.getByRole('region', { name: 'What you asked for' });
	await expect(
		asked.getByRole('listitem').filter({ hasText: 'I want to stay with my foster family' })
	).toContainText('Agreed');
	await expect(asked.getByRole('listitem').filter({ hasText: 'My nan' })).toContainText(
		'Not agreed this time'
	);
	await expectNoAccessibilityViolations(page);
	await page.getByLabel('Mostly').check();
	await page.getByRole('button', { name: 'Save my answer' }).click();
	await expect(page.getByText('Thank you. We use this to get better at listening.')).toBeVisible();
	await page.getByLabel('Write back').fill('Thank you for telling me');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByText('Your reply has been sent.')).toBeVisible();
	await expect(page.getByText('Thank you for telling me')).toBeVisible();
	// Seen: it is listed in My things, and the home page no longer points to it.
	await page.goto('/me/things');
	await expect(page.getByRole('link', { name: /Review meeting/ }).first()).toBeVisible();
	await page.goto('/me');
	await expect(page.getByRole('link', { name: /Sam has told you what happened/ })).toHaveCount(0);
	await own.close();

	// The worker sees that it was seen, the rating and the answer.
	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/meetings/${late}/after`);
	await expect(sam.page.getByText(`${name} has seen it`)).toBeVisible();
	await expect(
		sam.page.getByText(`${name} said how listened to they felt: 4 out of 5.`)
	).toBeVisible();
	await expect(sam.page.getByText('Thank you for telling me')).toBeVisible();
	await sam.context.close();
});

test("what was decided is in the child's copy of their words, and in a subject-access export", async ({
	browser
}) => {
	const own = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await own.newPage();
	await signInAsChild(page, child.username);
	await page.goto('/me/words');
	await expect(page.getByRole('heading', { name: 'After your meetings' })).toBeVisible();
	const told = page
		.getByRole('article')
		.filter({ hasText: 'You will stay with your foster family.' });
	await expect(told).toContainText('You said you wanted to stay');
	await expect(told).toContainText('Mostly');
	await expect(told).toContainText('Thank you for telling me');
	await expectNoAccessibilityViolations(page);
	const copy = await (await page.request.get('/me/words/download')).text();
	expect(copy).toContain('You will stay with your foster family.');
	expect(copy).toContain('I want to stay with my foster family (Agreed)');
	expect(copy).toContain('Did you feel listened to? Mostly');
	await own.close();

	const admin = await signedInPage(browser, 'admin');
	await admin.page.goto(`/admin/young-people/${child.id}/export`);
	await expect(admin.page.getByRole('heading', { name: 'After your meetings' })).toBeVisible();
	await expect(admin.page.getByText('You will stay with your foster family.')).toBeVisible();
	const json = await (
		await admin.page.request.get(`/admin/young-people/${child.id}/export.json`)
	).json();
	expect(json.told.meetings[0].decided).toContain('You will stay with your foster family.');
	await admin.context.close();
});
