import { expect, test, type Browser } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });
// One journey in steps: each step starts where the one before left the child's change of worker.
test.describe.configure({ mode: 'serial' });

const name = `Tamsin${Date.now() % 100000}`;
let child: ReturnType<typeof addOwnChild>;
const waiting = (browser: Browser) => signedInPage(browser, 'manager');

test.beforeAll(() => {
	child = addOwnChild(name);
});

test('a manager gives the child a new worker, and sees the hello waiting', async ({ browser }) => {
	const manager = await waiting(browser);
	await manager.page.goto(`/manager/young-people/${child.id}/reassign`);
	await manager.page.getByLabel('New worker').selectOption({ label: 'Jamie Brown' });
	await manager.page.getByRole('button', { name: 'Change worker' }).click();
	await expect(manager.page.getByRole('status')).toHaveText(
		new RegExp(`${name} now has a new worker`)
	);
	await manager.page.goto('/manager');
	const hellos = manager.page.getByRole('region', { name: "New workers' hellos waiting" });
	await expect(hellos.getByRole('listitem').filter({ hasText: name })).toContainText(
		'New worker: Jamie Brown'
	);
	await manager.context.close();
});

test('the old worker leaves a handover note without seeing the file any more', async ({
	browser
}) => {
	const sam = await signedInPage(browser, 'sam');
	expect((await sam.page.goto(`/worker/young-people/${child.id}`))?.status()).toBe(404);
	await sam.page.goto('/worker');
	await sam.page
		.getByRole('region', { name: 'Handover notes to leave' })
		.getByRole('listitem')
		.filter({ hasText: `${name} moved to Jamie Brown on` })
		.getByRole('link', { name: 'Leave a handover note' })
		.click();
	await expect(
		sam.page.getByRole('heading', { name: `A handover note about ${name}` })
	).toBeVisible();
	await expectNoAccessibilityViolations(sam.page);
	await sam.page
		.getByLabel('Your note for Jamie Brown')
		.fill('Loves climbing. Finds Monday contact hard: ask on Tuesdays how it went.');
	await sam.page.getByRole('button', { name: 'Leave the note' }).click();
	await expect(sam.page.getByRole('status')).toContainText(
		'Jamie Brown sees it at the top of the file'
	);
	await sam.context.close();
});

test('the new worker writes a hello and finds the handover note at the top of the file', async ({
	browser
}) => {
	const jamie = await signedInPage(browser, 'jamie');
	await jamie.page
		.getByRole('region', { name: 'Hellos to write' })
		.getByRole('link', { name: `Write a hello for ${name}` })
		.click();
	await expectNoAccessibilityViolations(jamie.page);
	await jamie.page.getByRole('button', { name: `Send the hello to ${name}` }).click();
	await expect(jamie.page.getByText('Please fill this in.')).toHaveCount(3);
	await jamie.page.getByLabel('Who I am').fill("I'm Jamie. I'm your new worker, and I like dogs.");
	await jamie.page.getByLabel('How to reach me').fill('Send me a message in Heard any time.');
	await jamie.page.getByLabel('When we will meet').fill('Thursday after school, at your house.');
	await jamie.page.getByRole('button', { name: `Send the hello to ${name}` }).click();
	await expect(jamie.page.getByRole('status')).toHaveText(
		`Saved. ${name} sees your hello on their home page.`
	);
	await jamie.page.goto(`/worker/young-people/${child.id}`);
	const note = jamie.page.getByRole('region', { name: 'Handover notes' });
	await expect(note).toContainText('Finds Monday contact hard');
	await expect(note).toContainText('From Sam Taylor');
	await jamie.context.close();

	// No longer waiting for the manager.
	const manager = await waiting(browser);
	const hellos = manager.page.getByRole('region', { name: "New workers' hellos waiting" });
	await expect(hellos.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
	await manager.context.close();
});

test('the child sees the hello on their home page until their worker records that they have met', async ({
	browser
}) => {
	const own = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await own.newPage();
	await signInAsChild(page, child.username);
	const hello = page.getByRole('region', { name: 'Hello from Jamie, your new worker' });
	await expect(hello).toContainText("I'm your new worker, and I like dogs.");
	await expect(hello).toContainText('Thursday after school, at your house.');
	await expectNoAccessibilityViolations(page);

	const jamie = await signedInPage(browser, 'jamie');
	await jamie.page.goto(`/worker/young-people/${child.id}/hello`);
	await jamie.page
		.getByRole('button', { name: `We have met: take the hello off ${name}'s home page` })
		.click();
	await expect(jamie.page.getByRole('status')).toHaveText(
		`Recorded. The hello is no longer on ${name}'s home page.`
	);
	await jamie.context.close();
	await page.reload();
	await expect(page.getByRole('heading', { name: /Hello from Jamie/ })).toHaveCount(0);
	await own.close();

	const audited = queryTestDatabase<{ action: string }>(
		"SELECT action FROM audit_events WHERE young_person_id = ? AND action IN ('hello_written', 'worker_met', 'handover_note_written') ORDER BY id",
		child.id
	).map((e) => e.action);
	expect(audited).toEqual(['handover_note_written', 'hello_written', 'worker_met']);
});
