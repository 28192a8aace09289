import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryDatabase } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { loginAs } from '../helpers/session';

/*
 * Lists longer than a page: a worker with more waiting than one page of the inbox holds, and an
 * admin with more young people than one page of records. On a server and database of this
 * file's own, so what it adds is in no other journey's inbox or list.
 */
let own: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;
const ADDED = 30;
const MORE_PEOPLE = 50;

test.beforeAll(async () => {
	test.setTimeout(120_000);
	database = freshDatabasePath();
	own = await startOwnServer({ DATABASE_URL: database });
	const [jordan] = queryDatabase<{ id: string }>(
		database,
		"SELECT id FROM young_people WHERE preferred_name = 'Jordan'"
	);
	const db = new Database(database);
	db.pragma('busy_timeout = 5000');
	try {
		const add = db.prepare(
			"INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers, status, urgent, idempotency_key, sent_at) VALUES (?, ?, 'good_news', 'good_news', 1, ?, 'sent', 0, ?, ?)"
		);
		const [team] = db.prepare('SELECT team_id AS id FROM young_people LIMIT 1').all() as {
			id: string;
		}[];
		const person = db.prepare(
			"INSERT INTO young_people (id, preferred_name, date_of_birth, legal_status, placement_type, case_reference, team_id, created_at) VALUES (?, ?, '2012-08-20', 'foster', 'foster_carer', ?, ?, ?)"
		);
		for (let i = 1; i <= MORE_PEOPLE; i++)
			person.run(
				randomUUID(),
				`Zed ${String(i).padStart(2, '0')}`,
				`GB-LIST-${i}`,
				team!.id,
				Date.now()
			);
		for (let i = 1; i <= ADDED; i++)
			add.run(
				randomUUID(),
				jordan!.id,
				JSON.stringify({ what: `News ${i}` }),
				randomUUID(),
				Date.now() - i * 60_000
			);
	} finally {
		db.close();
	}
});
test.afterAll(async () => own?.stop());

/** The statements the inbox's table links to, in its order. */
const listed = (page: Page) =>
	page
		.getByRole('table', { name: 'Inbox', exact: true })
		.locator('tbody a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href')));

test('goes through every page of the inbox, the filters kept, nothing skipped or shown twice', async ({
	page
}) => {
	await loginAs(page, 'sam', own.base);
	const [{ n: total }] = queryDatabase<{ n: number }>(
		database,
		"SELECT COUNT(*) AS n FROM statements WHERE kind = 'good_news' AND first_read_at IS NULL AND closed_at IS NULL AND young_person_id IN (SELECT young_person_id FROM allocations a JOIN users u ON u.id = a.worker_id WHERE u.email = 'sam@glenbrae.example' AND a.ended_at IS NULL)"
	) as [{ n: number }];
	expect(total).toBeGreaterThan(25);
	await page.goto(`${own.base}/worker?kind=good_news&status=unread`);
	const pages = page.getByRole('navigation', { name: 'Pages of the inbox' });
	await expect(pages).toContainText(`Showing 1 to 25 of ${total}. The longest waiting are first.`);
	await expect(pages).toContainText('Page 1 of 2');
	const first = await listed(page);
	expect(first).toHaveLength(25);

	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/\?kind=good_news&status=unread&page=2$/);
	await expect(pages).toContainText(`Showing 26 to ${total} of ${total}`);
	await expectNoAccessibilityViolations(page, { bestPractice: true });
	const second = await listed(page);
	expect(second).toHaveLength(total - 25);
	expect(new Set([...first, ...second]).size).toBe(total);
	await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);

	await pages.getByRole('link', { name: 'Previous page' }).click();
	await expect(page).toHaveURL(/\/worker\?kind=good_news&status=unread$/);
	expect(await listed(page)).toEqual(first);

	// A bookmark from when there were more pages shows the last there is, not an empty inbox.
	await page.goto(`${own.base}/worker?kind=good_news&status=unread&page=9`);
	await expect(pages).toContainText('Page 2 of 2');
	expect(await listed(page)).toEqual(second);
});

test("goes through every page of the admin's list of young people, the search kept", async ({
	page
}) => {
	await loginAs(page, 'admin', own.base);
	const [{ n: total }] = queryDatabase<{ n: number }>(
		database,
		'SELECT COUNT(*) AS n FROM young_people WHERE archived_at IS NULL'
	) as [{ n: number }];
	expect(total).toBeGreaterThan(50);
	await page.goto(`${own.base}/admin/young-people`);
	const pages = page.getByRole('navigation', { name: 'Pages of the list of young people' });
	await expect(pages).toContainText(`Showing 1 to 50 of ${total}.`);
	const names = () => page.locator('tbody th[scope="row"] a').allInnerTexts();
	const first = await names();
	expect(first).toHaveLength(50);
	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/\/admin\/young-people\?page=2$/);
	const second = await names();
	expect(second).toHaveLength(total - 50);
	expect(new Set([...first, ...second]).size).toBe(total);
	// The last of the added names is on the second page: it was out of reach before.
	expect(second).toContain('Zed 50');

	// A search with one page of results has no pages to go through.
	await page.getByLabel('Name or case reference').fill('Zed 4');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.locator('tbody th[scope="row"] a')).toHaveCount(10);
	await expect(pages).toHaveCount(0);
});

test("goes through every page of what waits for one of a manager's workers", async ({ page }) => {
	await loginAs(page, 'manager', own.base);
	const [sam] = queryDatabase<{ id: string }>(
		database,
		"SELECT id FROM users WHERE email = 'sam@glenbrae.example'"
	);
	await page.goto(`${own.base}/manager/waiting/${sam!.id}`);
	const pages = page.getByRole('navigation', { name: 'Pages of what is waiting' });
	await expect(pages).toContainText(/Showing 1 to 25 of \d+\.\s+The longest waiting are first\./);
	const total = Number(/of (\d+)\./.exec((await pages.textContent()) ?? '')?.[1]);
	expect(total).toBeGreaterThan(ADDED);
	const links = () =>
		page.locator('main table tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	const seen = new Set(await links());
	for (let next = 2; next <= Math.ceil(total / 25); next += 1) {
		await pages.getByRole('link', { name: 'Next page' }).click();
		await expect(page).toHaveURL(new RegExp(`\\?page=${next}$`));
		for (const href of await links()) seen.add(href);
	}
	expect(seen.size).toBe(total);
	await expect(pages.getByRole('link', { name: 'Next page' })).toHaveCount(0);
});
