import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { DESKTOP } from '../helpers/accounts';
import { loginAs, signedInPage, waitForPageScript } from '../helpers/session';

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
	await expect(
		page.getByRole('heading', { name: 'Urgent: nobody has said they are dealing with it yet' })
	).toBeVisible();
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

test('a reply typed while the young person moves to another worker comes back to copy, with or without script', async ({
	page,
	browser
}) => {
	// Sam in two browsers, a manager and a stranger: longer than one page.
	test.setTimeout(60_000);
	const leah = leahId();
	// Her views for the review: already read and answered, so opening it again changes nothing.
	const statement = queryTestDatabase<{ id: string }>(
		"SELECT id FROM statements WHERE young_person_id = ? AND kind = 'before_meeting' ORDER BY sent_at LIMIT 1",
		leah
	)[0]!.id;
	const typed = {
		script: 'Leah, I have asked the house about later phone times at weekends.',
		plain: 'Leah, I will ring Claire at school on Monday about your timetable.'
	};
	const replied = (body: string) =>
		queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM replies WHERE body = ?', body)[0]!
			.n;

	// Sam starts a reply in a browser running the page's script, and in one without.
	const sam = await signedInPage(browser, 'sam');
	await sam.page.goto(`/worker/statements/${statement}`);
	await waitForPageScript(sam.page);
	await sam.page.getByLabel('Your reply to Leah').fill(typed.script);
	const plainContext = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
	const plain = await plainContext.newPage();
	await loginAs(plain, 'sam');
	await plain.goto(`/worker/statements/${statement}`);
	await plain.getByLabel('Your reply to Leah').fill(typed.plain);

	// Meanwhile their manager gives Leah to Jamie.
	await loginAs(page, 'manager');
	await page.goto(`/manager/young-people/${leah}/reassign`);
	await page.getByLabel('New worker').selectOption({ label: 'Jamie Brown' });
	await page.getByRole('button', { name: 'Change worker' }).click();
	await expect(page.getByRole('status')).toHaveText(/Leah now has a new worker/);

	for (const [samPage, words] of [
		[sam.page, typed.script],
		[plain, typed.plain]
	] as const) {
		// Without script the form's post draws the page itself, so its status is the page's.
		const posted =
			samPage === plain ? samPage.waitForResponse((r) => r.request().method() === 'POST') : null;
		await samPage.getByRole('button', { name: 'Send reply' }).click();
		if (posted) expect((await posted).status()).toBe(409);
		await expect(samPage.getByRole('heading', { level: 1 })).toHaveText('Not sent');
		await expect(samPage.getByText(/no longer on your caseload/)).toBeVisible();
		// What Sam typed, kept to copy; nothing of Leah's statement beside it.
		await expect(samPage.getByLabel('Your reply', { exact: true })).toHaveValue(words);
		await expect(samPage.getByText('Stay here until I finish school.')).toHaveCount(0);
		await expect(samPage.getByRole('heading', { name: /Leah/ })).toHaveCount(0);
		// The checker runs as a script in the page: not in the browser without script.
		if (samPage !== plain) await expectNoAccessibilityViolations(samPage);
		await samPage.getByRole('link', { name: 'Back to the inbox' }).click();
		await expect(samPage).toHaveURL(/\/worker$/);
		expect(replied(words)).toBe(0);
	}
	await sam.close();
	await plainContext.close();

	// Someone who never had Leah still finds nothing there: a 404, and none of her words.
	const stranger = await signedInPage(browser, 'aileen');
	const refused = await stranger.page.request.post(`/worker/statements/${statement}?/reply`, {
		form: { body: 'Not mine to answer', key: 'abcdefgh12' },
		headers: { origin: new URL(stranger.page.url()).origin, accept: 'text/html' }
	});
	expect(refused.status()).toBe(404);
	const body = await refused.text();
	expect(body).not.toContain('Not mine to answer');
	expect(body).not.toContain('Stay here until I finish school.');
	await stranger.close();
});
