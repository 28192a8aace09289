import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { queryDatabase } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { loginAs } from '../helpers/session';

/*
 * A worker with more waiting than one page of the inbox holds: on a server and database of this
 * file's own, so the thirty statements it adds wait in no other journey's inbox.
 */
let own: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;
const ADDED = 30;

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
	await expect(pages).toContainText(`Showing 1 to 25 of ${total}, the longest waiting first.`);
	await expect(pages).toContainText('Page 1 of 2');
	const first = await listed(page);
	expect(first).toHaveLength(25);

	await pages.getByRole('link', { name: 'Next page' }).click();
	await expect(page).toHaveURL(/\?kind=good_news&status=unread&page=2$/);
	await expect(pages).toContainText(`Showing 26 to ${total} of ${total}`);
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
