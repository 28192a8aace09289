import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, addOwnStatement, signInAsChild } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

/*
 * A copy for the case record holds the young person's whole words: making one is reading them,
 * wherever the worker made it from (a link kept from before, the address typed).
 */
test('exporting an unread statement for the case record reads it, as opening it does', async ({
	browser
}) => {
	const name = `Islay${Date.now() % 100000}`;
	const child = addOwnChild(name);
	const forText = addOwnStatement(child.id, 'good_news', { what: 'I passed my swimming badge' });
	const forPrint = addOwnStatement(child.id, 'good_news', { what: 'I made the school choir' });
	const sam = await signedInPage(browser, 'sam');
	const rows = () =>
		sam.page.getByRole('table', { name: 'Inbox' }).getByRole('row').filter({ hasText: name });

	await sam.page.goto(`/worker?person=${child.id}`);
	await expect(rows()).toHaveCount(2);
	await expect(rows().getByText('Unread', { exact: true })).toHaveCount(2);

	// The text for pasting into the case record says when it was first read: now, by this copy.
	const text = await (
		await sam.page.request.get(`/worker/statements/${forText}/record.txt`)
	).text();
	expect(text).toContain('I passed my swimming badge');
	expect(text).toMatch(/First read: \w{3}, \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/);
	expect(text).not.toContain('First read: none');

	// The printable copy reads it too.
	await sam.page.goto(`/worker/statements/${forPrint}/record`);
	await expect(sam.page.getByText('I made the school choir')).toBeVisible();

	// The inbox no longer calls either unread, and each reading is audited as a read and a copy.
	await sam.page.goto(`/worker?person=${child.id}`);
	await expect(rows()).toHaveCount(2);
	await expect(rows().getByText('Unread', { exact: true })).toHaveCount(0);
	for (const id of [forText, forPrint]) {
		const [read] = queryTestDatabase<{ status: string; firstReadAt: number | null; by: string }>(
			'SELECT s.status, s.first_read_at AS firstReadAt, u.email AS by FROM statements s JOIN users u ON u.id = s.first_read_by WHERE s.id = ?',
			id
		);
		expect(read).toMatchObject({ status: 'read', by: 'sam@glenbrae.example' });
		const audited = queryTestDatabase<{ action: string }>(
			"SELECT action FROM audit_events WHERE subject_id = ? AND action IN ('statement_read', 'statement_exported') ORDER BY action",
			id
		);
		expect(audited.map((a) => a.action)).toEqual(['statement_exported', 'statement_read']);
	}
	await sam.context.close();

	// The young person sees it was read.
	const phone = await browser.newContext({ ...PHONE });
	const page = await phone.newPage();
	await signInAsChild(page, child.username);
	await page.goto(`/me/things/${forText}`);
	await expect(page.getByText(/Read by Sam/)).toBeVisible();
	await expect(page.getByText(/Not read yet/)).toHaveCount(0);
	await phone.close();
});
