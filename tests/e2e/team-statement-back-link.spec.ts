import { expect, test } from '@playwright/test';
import { addOwnChild, addOwnStatement } from '../helpers/own-child';
import { signedInPage } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

/*
 * A manager reads a statement of their team's from the team view: it is not in their inbox, so
 * the page leads back to the team view. The young person's own worker goes back to their inbox.
 */
test('a manager goes back to the team view from a team statement, the worker to the inbox', async ({
	browser
}) => {
	const name = `Eilidh${Date.now() % 100000}`;
	const child = addOwnChild(name);
	const statement = addOwnStatement(child.id, 'good_news', { what: 'I got a part in the play' });

	const manager = await signedInPage(browser, 'manager');
	await manager.page.goto('/manager');
	// The workload table has a heading of its own, not the name of its first column.
	await expect(
		manager.page.getByRole('heading', { level: 2, name: "Your team's workers" })
	).toBeVisible();
	await expect(manager.page.getByRole('table', { name: "Your team's workers" })).toContainText(
		'Sam Taylor'
	);
	await manager.page
		.getByRole('table')
		.filter({ hasText: 'Change worker' })
		.getByRole('link', { name, exact: true })
		.click();
	await expect(manager.page.getByRole('heading', { name: `${name}'s file` })).toBeVisible();
	// Who it was sent to, set apart from when by a spaced dot.
	await expect(manager.page.getByText(/\d{2}:\d{2} · sent to Sam Taylor$/)).toBeVisible();
	await manager.page.getByRole('link', { name: 'Share good news' }).click();
	await expect(manager.page).toHaveURL(new RegExp(`/worker/statements/${statement}$`));
	await expect(manager.page.getByRole('link', { name: 'Back to the inbox' })).toHaveCount(0);
	await manager.page.getByRole('link', { name: 'Back to your team' }).click();
	await expect(manager.page).toHaveURL(/\/manager$/);
	await expect(manager.page.getByRole('heading', { level: 1, name: 'My team' })).toBeVisible();
	await manager.close();

	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${statement}`);
	await expect(sam.page.getByRole('link', { name: 'Back to your team' })).toHaveCount(0);
	await sam.page.getByRole('link', { name: 'Back to the inbox' }).click();
	await expect(sam.page).toHaveURL(/\/worker$/);
	await sam.close();
});
