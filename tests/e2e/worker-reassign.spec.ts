import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

const leahId = () =>
	queryTestDatabase<{ id: string }>("SELECT id FROM young_people WHERE preferred_name = 'Leah'")[0]!
		.id;
const leahsWorker = () =>
	queryTestDatabase<{ email: string }>(
		'SELECT u.email FROM allocations a JOIN users u ON u.id = a.worker_id WHERE a.young_person_id = ? AND a.ended_at IS NULL',
		leahId()
	)[0]?.email;

// Leah goes back to Sam afterwards, whatever happened: the journeys that follow are Sam's with her.
test.afterEach(async ({ page }) => {
	if (leahsWorker() === 'sam@glenbrae.example') return;
	const reassign = `/manager/young-people/${leahId()}/reassign`;
	await page.goto(reassign);
	if (new URL(page.url()).pathname === '/login') {
		await loginAs(page, 'manager');
		await page.goto(reassign);
	}
	await page.getByLabel('New worker').selectOption({ label: 'Sam Taylor' });
	await page.getByRole('button', { name: 'Change worker' }).click();
	await expect(page.getByRole('status')).toBeVisible();
	expect(leahsWorker()).toBe('sam@glenbrae.example');
});

test('a manager reassigns a young person and everything moves with them', async ({ page }) => {
	// Three people sign in, and four pages are checked for accessibility: longer than one page.
	test.setTimeout(60_000);
	const leah = leahId();
	await loginAs(page, 'manager');
	await expect(page.getByRole('heading', { name: 'Urgent, unread' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Overdue' })).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('link', { name: 'Change worker: Leah' }).click();
	await expect(page.getByText('Their worker now: Sam Taylor')).toBeVisible();
	await expectNoAccessibilityViolations(page);
	await page.getByLabel('New worker').selectOption({ label: 'Jamie Brown' });
	await page.getByRole('button', { name: 'Change worker' }).click();
	await expect(page.getByRole('status')).toHaveText(/Leah now has a new worker/);

	const history = queryTestDatabase<{ ended_at: number | null; announced: number; email: string }>(
		'SELECT a.ended_at, a.announced, u.email FROM allocations a JOIN users u ON u.id = a.worker_id WHERE a.young_person_id = ? ORDER BY a.started_at',
		leah
	);
	expect(history.map((a) => a.email)).toEqual(['sam@glenbrae.example', 'jamie@glenbrae.example']);
	expect(history[0]?.ended_at).not.toBeNull();
	expect(history[1]).toMatchObject({ ended_at: null, announced: 0 });

	const sam = await page
		.context()
		.browser()!
		.newContext({ viewport: { width: 1280, height: 900 } });
	const samPage = await sam.newPage();
	await loginAs(samPage, 'sam');
	expect((await samPage.goto(`/worker/young-people/${leah}`))?.status()).toBe(404);
	await samPage.goto('/worker?status=all');
	// The old worker may still see a link to leave a handover note; not one to Leah's file.
	await expect(samPage.getByRole('link', { name: 'Leah', exact: true })).toHaveCount(0);
	await sam.close();

	const jamie = await page
		.context()
		.browser()!
		.newContext({ viewport: { width: 1280, height: 900 } });
	const jamiePage = await jamie.newPage();
	await loginAs(jamiePage, 'jamie');
	await jamiePage.getByRole('link', { name: /Notifications, \d+ new/ }).click();
	await expect(jamiePage.getByRole('link', { name: 'Leah was allocated to you' })).toBeVisible();
	await expectNoAccessibilityViolations(jamiePage);
	await jamiePage.goto('/worker?status=all');
	await expect(jamiePage.getByRole('link', { name: 'Leah' }).first()).toBeVisible();
	await jamiePage.goto(`/worker/young-people/${leah}`);
	await expect(
		jamiePage
			.getByText('Stay here until I finish school.')
			.or(jamiePage.getByRole('link', { name: 'Have your say before a meeting' }))
			.first()
	).toBeVisible();
	await expect(jamiePage.getByText(/sent to Sam Taylor/).first()).toBeVisible();
	await jamie.close();
});
