import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { addOwnChild, addOwnStatement, signInAsChild } from '../helpers/own-child';
import { loginAs, signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

/*
 * A notification says what happened in the words the rest of the app uses, and, once the record
 * is closed, says so rather than naming nobody for a reason that is not true.
 */
test('a worker is told a young person wrote back, and later that their record is closed', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	const name = `Morag${Date.now() % 100000}`;
	const child = addOwnChild(name);
	const statement = addOwnStatement(child.id, 'good_news', { what: 'I started at the new club' });

	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${statement}`);
	await sam.page.getByLabel(`Your reply to ${name}`).fill('Great! How was the first night?');
	await sam.page.getByRole('button', { name: 'Send reply' }).click();
	await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);

	const phone = await browser.newContext({ ...PHONE });
	const child$ = await phone.newPage();
	await signInAsChild(child$, child.username);
	await child$.goto(`/me/things/${statement}`);
	await child$.getByLabel('Write back').fill('It was good, I made a friend.');
	await child$.getByRole('button', { name: 'Send reply' }).click();
	await expect(child$.getByText('Your reply has been sent.')).toBeVisible();
	await phone.close();

	await sam.page.goto('/worker/notifications');
	const told = sam.page.getByRole('link', { name: `${name} wrote back`, exact: true });
	await expect(told).toHaveAttribute('href', `/worker/statements/${statement}`);
	await expectNoAccessibilityViolations(sam.page);

	const closedWords = sam.page.getByText('About a young person whose record is closed');
	const closedBefore = await closedWords.count();

	// Sam answers, so nothing waits, and an administrator closes the record.
	await told.click();
	await sam.page.getByLabel(`Your reply to ${name}`).fill('Brilliant. Well done.');
	await sam.page.getByRole('button', { name: 'Send reply' }).click();
	await expect(sam.page.getByRole('status')).toHaveText(/Your reply was sent/);
	await loginAs(page, 'admin');
	await page.goto(`/admin/young-people/${child.id}/archive`);
	await page.getByLabel('Case closed').check();
	await page.getByLabel(/To confirm, type their name/).fill(name);
	await page.getByRole('button', { name: 'Archive record' }).click();
	await expect(page.getByText(/This record was archived on/)).toBeVisible();

	// Sam still has the record (under closed records); the notification names nobody, and says why.
	await sam.page.goto('/worker/notifications');
	await expect(sam.page.getByRole('link', { name: `${name} wrote back` })).toHaveCount(0);
	await expect(closedWords).toHaveCount(closedBefore + 1);
	await expect(
		sam.page.getByRole('link', { name: 'About a young person whose record is closed' })
	).toHaveCount(0);
	await sam.context.close();
});
