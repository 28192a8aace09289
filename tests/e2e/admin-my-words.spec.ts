import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { queryTestDatabase } from '../helpers/database';
import { loginAs } from '../helpers/session';

test.use(PHONE);

test('a young person downloads their words as a page and as a file, and each is audited', async ({
	page
}) => {
	const before = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM audit_events WHERE action = 'own_words_downloaded'"
	)[0]!.n;
	await loginAs(page, 'alex');
	await page.getByRole('link', { name: /Download my words/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Download my words');
	await expect(page.getByText('Help paying for college equipment.')).toBeVisible();
	await expect(page.getByText(/The aftercare fund will pay/)).toBeVisible();
	await expect(
		page
			.getByRole('button', { name: 'Quick exit' })
			.or(page.getByRole('link', { name: 'Quick exit' }))
			.first()
	).toBeVisible();
	await expectNoAccessibilityViolations(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Save as a file' }).click();
	const file = await downloading;
	expect(file.suggestedFilename()).toBe('my-words.txt');
	const text = await (
		await file.createReadStream()
	)
		.toArray()
		.then((chunks) => Buffer.concat(chunks).toString('utf8'));
	expect(text).toContain('Everything Alex said in Heard');
	expect(text).toContain('Stay in my flat.');

	const after = queryTestDatabase<{ detail: string }>(
		"SELECT detail FROM audit_events WHERE action = 'own_words_downloaded' ORDER BY id DESC LIMIT 2"
	);
	expect(after.map((e) => JSON.parse(e.detail).format).sort()).toEqual(['page', 'text']);
	expect(before + 2).toBeLessThanOrEqual(
		queryTestDatabase<{ n: number }>(
			"SELECT count(*) AS n FROM audit_events WHERE action = 'own_words_downloaded'"
		)[0]!.n
	);
});

test('asking for a correction reaches the worker', async ({ page }) => {
	const [statement] = queryTestDatabase<{ id: string }>(
		"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Alex' AND s.kind = 'my_future'"
	);
	await loginAs(page, 'alex');
	await page.goto(`/me/things/${statement!.id}`);
	await page.getByRole('link', { name: /Ask for it to be put right/ }).click();
	await expectNoAccessibilityViolations(page);
	await page.getByRole('button', { name: 'Send to my worker' }).click();
	await expect(page.getByText('Please write what is wrong first.')).toBeVisible();
	// Letters garbled on the way (a control character) are asked for again, as everywhere else.
	await page
		.getByLabel('What is wrong, and what should it say?')
		.fill('My course starts\u0001 in August');
	await page.getByRole('button', { name: 'Send to my worker' }).click();
	await expect(
		page.getByText(
			"Some letters didn't come through properly. Please check this and type them again."
		)
	).toBeVisible();
	await page
		.getByLabel('What is wrong, and what should it say?')
		.fill('My course starts in August, not September.');
	await page.getByRole('button', { name: 'Send to my worker' }).click();
	await expect(page).toHaveURL(new RegExp(`/me/things/${statement!.id}\\?corrected=1$`));
	await expect(page.getByRole('status').first()).toContainText('Your worker will read it');
	await expectNoAccessibilityViolations(page);

	const reply = queryTestDatabase<{ body: string; flag: number }>(
		'SELECT body, is_correction_request AS flag FROM replies WHERE statement_id = ? ORDER BY created_at DESC LIMIT 1',
		statement!.id
	);
	expect(reply).toEqual([{ body: 'My course starts in August, not September.', flag: 1 }]);
	const told = queryTestDatabase<{ email: string }>(
		"SELECT u.email FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.statement_id = ? AND n.kind = 'reply'",
		statement!.id
	);
	expect(told.map((t) => t.email)).toContain('jamie@glenbrae.example');

	// The worker sees it marked as a correction request in the thread.
	await page.getByRole('button', { name: 'Sign out' }).click();
	await loginAs(page, 'jamie');
	await page.goto(`/worker/statements/${statement!.id}`);
	await expect(page.getByText('Alex asks for something in this to be corrected.')).toBeVisible();
});
