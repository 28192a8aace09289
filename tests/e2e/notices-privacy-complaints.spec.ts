import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use(PHONE);

const retentionYears = () => {
	const [row] = queryTestDatabase<{ value: string }>(
		"SELECT value FROM settings WHERE key = 'retentionMonths'"
	);
	return Number(row?.value ?? 72) / 12;
};

async function expectChildNotice(page: Page) {
	await expect(page).toHaveURL(/\/privacy$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'What happens to what you say' })
	).toBeVisible();
}

test("the child's privacy notice is one tap from home, says how long from the setting, and is accessible", async ({
	page
}) => {
	await loginAs(page, 'maya');
	await page.getByRole('link', { name: /What happens to what I say/ }).click();
	await expectChildNotice(page);
	for (const heading of [
		'What Heard keeps',
		'Who can see it',
		'How long it is kept',
		'What you can do'
	])
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	await expect(page.getByText(`keeps your words for ${retentionYears()} years more`)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Download my words' })).toHaveAttribute(
		'href',
		'/me/words'
	);
	await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.getByRole('link', { name: 'The full privacy notice, for adults' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
	await expect(page.getByText(`anonymised after ${retentionYears()} years`)).toBeVisible();
	await expectNoAccessibilityViolations(page);
});

test('the notice is linked from every "who can see this" panel and from activation', async ({
	page
}) => {
	await loginAs(page, 'jordan');
	await page.goto('/me/say/good_news');
	await page
		.getByRole('region', { name: 'Who can see this?' })
		.getByRole('link', { name: 'What happens to what I say' })
		.click();
	await expectChildNotice(page);

	await page.context().clearCookies();
	await page.goto('/activate');
	await page.getByRole('link', { name: 'What happens to what you say in Heard' }).click();
	await expectChildNotice(page);
	await page.getByRole('contentinfo').getByRole('link', { name: 'Privacy' }).click();
	await expectChildNotice(page);
});

test("I'm not happy: a young person asks for an advocate and is told what happens next and by when", async ({
	page
}) => {
	await loginAs(page, 'jordan');
	await page.getByRole('link', { name: /I'm not happy/ }).click();
	await expect(page).toHaveURL(/\/me\/not-happy$/);
	await expect(page.getByText('It does not go to your worker.')).toBeVisible();
	await expectNoAccessibilityViolations(page);

	await page.getByRole('button', { name: 'Send' }).click();
	await expect(page.getByText('Pick one: a complaint or an advocate.')).toBeVisible();

	await page.getByLabel(/Ask for an advocate/).check();
	await page.getByLabel(/What is wrong/).fill('I want someone with me at my conference');
	await page.getByRole('button', { name: 'Send' }).click();
	const sent = page.getByRole('status');
	await expect(sent).toContainText('Sent. Thank you for telling us.');
	await expect(sent).toContainText(
		/get in touch by \w{3} \d{1,2} \w{3}\. They will find you an advocate\./
	);
	await expect(page.getByText(/You asked for an advocate on /)).toBeVisible();
	await expectNoAccessibilityViolations(page);

	const [stored] = queryTestDatabase<{ id: string; kind: string; sentTo: string }>(
		"SELECT c.id, c.kind, c.sent_to AS sentTo FROM complaints c JOIN young_people y ON y.id = c.young_person_id WHERE y.preferred_name = 'Jordan'"
	);
	expect(stored).toMatchObject({ kind: 'advocate', sentTo: 'Complaints and Advocacy' });
	const audited = queryTestDatabase<{ n: number }>(
		`SELECT count(*) AS n FROM audit_events WHERE action = 'complaint_made' AND subject_id = '${stored!.id}'`
	);
	expect(audited[0]!.n).toBe(1);
	// The address is told something is waiting, and nothing of what or who (ADR 28).
	const mail = queryTestDatabase<{ body: string }>(
		"SELECT body FROM mail_outbox WHERE \"to\" = 'complaints@glenbrae.example' AND subject LIKE '%waiting for the complaints team%' AND created_at = (SELECT created_at FROM complaints WHERE id = ?)",
		stored!.id
	);
	expect(mail).toHaveLength(1);
	expect(mail[0]!.body).not.toMatch(/Jordan|conference/);

	// Counted in the participation report once its month is (ADR 52): moved to the middle of last
	// month, as if sent then. There one request could name a child: withheld.
	const db = openTestDatabase();
	try {
		const now = new Date();
		const lastMonth = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 15);
		db.prepare('UPDATE complaints SET created_at = ? WHERE id = ?').run(lastMonth, stored!.id);
	} finally {
		db.close();
	}
	await page.context().clearCookies();
	await loginAs(page, 'lead');
	const table = page.getByRole('table', {
		name: /Complaints and requests for an advocate, by team/
	});
	const all = table.getByRole('row').filter({ hasText: 'All' });
	await expect(all.getByRole('cell').nth(1)).toHaveText(/fewer than \d|suppressed/);
});
