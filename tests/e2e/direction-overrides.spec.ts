import { expect, test } from '@playwright/test';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

const OVERRIDES = /[\u202A-\u202E\u2066-\u2069]/;
// Real right-to-left writing, with a right-to-left mark that helps mixed text: all of it must stay.
const ARABIC = 'أنا بخير اليوم';
const HEBREW = 'שלום לכולם';
const RLM = '\u200F';

test('direction overrides are taken out of what a young person sends, and right-to-left writing is kept and shown', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const child = await browser.newPage();
	await loginAs(child, 'jordan');
	await child.goto('/me/say/good_news');
	// "I am safe", typed so that it would be shown reversed ("efas ma I") to the worker, plus real Arabic and Hebrew.
	const typed = `${ARABIC}${RLM} and ${HEBREW}. \u202Eefas ma I\u202C then \u2067hidden\u2069 end`;
	await child.getByLabel("What's the good news?").fill(typed);
	await child.getByRole('button', { name: 'Send', exact: true }).click();
	await expect(child.getByRole('heading', { name: 'Sent!' })).toBeVisible();
	const id = new URL(child.url()).pathname.split('/').pop()!;

	const [stored] = queryTestDatabase<{ what: string }>(
		"SELECT json_extract(answers, '$.what') AS what FROM statements WHERE id = ?",
		id
	);
	expect(stored!.what).toBe(`${ARABIC}${RLM} and ${HEBREW}. efas ma I then hidden end`);
	expect(stored!.what).not.toMatch(OVERRIDES);

	await child.getByLabel('Write back').fill(`\u202Ereply backwards\u202C ${HEBREW}`);
	await child.getByRole('button', { name: 'Send reply' }).click();
	await expect(child.getByText('reply backwards')).toBeVisible();
	const replies = queryTestDatabase<{ body: string }>(
		'SELECT body FROM replies WHERE statement_id = ?',
		id
	);
	expect(replies.map((r) => r.body)).toEqual([`reply backwards ${HEBREW}`]);
	await child.close();

	const worker = await browser.newPage();
	await loginAs(worker, 'sam');
	await worker.goto(`/worker/statements/${id}`);
	const answer = worker.locator('dd', { hasText: ARABIC });
	await expect(answer).toContainText(`${ARABIC}${RLM} and ${HEBREW}. efas ma I then hidden end`);
	// Each piece of what someone wrote takes its own direction and cannot reorder the page around it.
	const words = answer.locator('.pre');
	expect(await words.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
	expect(await words.evaluate((el) => getComputedStyle(el).display)).toBe('block');
	const reply = worker.locator('p', { hasText: 'reply backwards' });
	expect(await reply.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('plaintext');
	await worker.close();
});

test('a worker cannot send direction overrides back either', async ({ page }) => {
	test.setTimeout(60_000);
	await loginAs(page, 'sam');
	const [statement] = queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan' LIMIT 1"
	);
	await page.goto(`/worker/statements/${statement!.id}`);
	await page.getByLabel(/Your reply to/).fill('\u202Edaer I\u202C, thank you');
	await page.getByRole('button', { name: 'Send reply' }).click();
	await expect(page.getByText('daer I, thank you')).toBeVisible();
	const bodies = queryTestDatabase<{ body: string }>(
		'SELECT body FROM replies WHERE statement_id = ?',
		statement!.id
	);
	expect(bodies.map((b) => b.body)).toContain('daer I, thank you');
	expect(bodies.some((b) => OVERRIDES.test(b.body))).toBe(false);
});
