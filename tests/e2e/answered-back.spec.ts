import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { addOwnChild, addOwnStatement, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

/*
 * A child who writes back after their worker answered is waiting for an answer again: what
 * they said comes back to the worker's inbox, marked, until someone answers them.
 */
test('a child writes back after an answer, and it waits in the inbox until the worker answers again', async ({
	browser
}) => {
	const name = `Tamsin${Date.now() % 100000}`;
	const child = addOwnChild(name);
	const statement = addOwnStatement(child.id, 'good_news', {
		what: 'I got into the school football team'
	});
	const inbox = `/worker?person=${child.id}`;

	const sam = await signedInPage(browser, 'sam');
	const reply = async (words: string) => {
		await sam.page.goto(`/worker/statements/${statement}`);
		await sam.page.getByLabel(`Your reply to ${name}`).fill(words);
		await sam.page.getByRole('button', { name: 'Send reply' }).click();
		await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);
	};
	const rowInInbox = () =>
		sam.page.getByRole('table', { name: 'Inbox' }).getByRole('row').filter({ hasText: name });
	const caseloadRow = () =>
		sam.page
			.getByRole('table', { name: 'Young people allocated to you' })
			.getByRole('row')
			.filter({ hasText: name });

	await reply('Brilliant news! When is your first match?');
	await sam.page.goto(inbox);
	await expect(rowInInbox()).toHaveCount(0);
	await expect(caseloadRow().getByRole('cell').last()).toHaveText('0');

	// The child, on their phone, writes back.
	const phone = await browser.newContext({ ...PHONE });
	const page = await phone.newPage();
	await signInAsChild(page, child.username);
	await page.goto(`/me/things/${statement}`);
	await page.getByLabel('Write back').fill('On Saturday. Can you come and watch?');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByText('Your reply has been sent.')).toBeVisible();
	await phone.close();

	// Back in the worker's inbox, marked as written back and waiting for a reply.
	await sam.page.goto(inbox);
	await expect(rowInInbox()).toHaveCount(1);
	await expect(rowInInbox().getByText('Wrote back', { exact: true })).toBeVisible();
	await expect(rowInInbox().getByText('Awaiting a reply')).toBeVisible();
	await expect(caseloadRow().getByRole('cell').last()).toHaveText('1');
	await expectNoAccessibilityViolations(sam.page);

	// The manager sees it waiting against Sam.
	const manager = await signedInPage(browser, 'manager');
	const workers = manager.page.getByRole('table').filter({
		has: manager.page.getByRole('columnheader', { name: 'Wrote back, not yet answered' })
	});
	const samsRow = workers.getByRole('row').filter({ hasText: 'Sam Taylor' });
	await expect(samsRow.getByRole('cell').last()).not.toHaveText('0');
	// Each count leads to the statements it is made of.
	await samsRow.getByRole('link', { name: 'See what is waiting for Sam Taylor' }).click();
	await expect(manager.page.getByRole('heading', { name: 'Waiting for Sam Taylor' })).toBeVisible();
	const waiting = manager.page.getByRole('row').filter({ hasText: name });
	await expect(waiting.getByText('Wrote back', { exact: true })).toBeVisible();
	await expectNoAccessibilityViolations(manager.page);
	await manager.context.close();

	// Archiving the record would leave it unanswered for ever: the administrator is told to wait.
	const admin = await signedInPage(browser, 'admin');
	await admin.page.goto(`/admin/young-people/${child.id}/archive`);
	await expect(
		admin.page.getByText('1 statement they wrote back on that nobody has answered yet')
	).toBeVisible();
	await expect(admin.page.getByText('You cannot archive this record yet.')).toBeVisible();
	await expect(admin.page.getByRole('button', { name: 'Archive record' })).toHaveCount(0);
	await admin.context.close();

	await reply('I will try! I will ask your carer what time.');
	await sam.page.goto(inbox);
	await expect(rowInInbox()).toHaveCount(0);
	await expect(caseloadRow().getByRole('cell').last()).toHaveText('0');
	await sam.context.close();
});
