import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, addOwnChildAwaitingCode } from '../helpers/own-child';

/*
 * A child is told when the username they chose is taken; but a username that exists says a named
 * child is in contact with social work. So only a valid code is told, and only a few times: then
 * the form asks them to wait or to ask their worker, and keeps what they typed.
 */
test.use(PHONE);

const TAKEN_MESSAGE = 'That username is taken. Try a new one.';
const PASSWORD = 'blue-kite-hill-9';

async function start(page: Page, code: string, username: string): Promise<void> {
	await page.getByLabel('Your code').fill(code);
	await page.getByLabel('Choose a username').fill(username);
	await page.getByLabel('Choose a password', { exact: true }).fill(PASSWORD);
	await page.getByLabel('Type the password again').fill(PASSWORD);
	await page.getByRole('button', { name: 'Start' }).click();
}

test('a code is told of five taken usernames, then asked to wait, keeping what was typed', async ({
	page
}) => {
	const stamp = Date.now() % 100000;
	const child = addOwnChildAwaitingCode(`Nell${stamp}`);
	const taken = Array.from({ length: 6 }, (_, i) => addOwnChild(`Taken${stamp}x${i}`).username);

	await page.goto('/activate');
	// A code that does not work is never told whether a name is taken.
	await start(page, 'ABCD-EFGH-JKMN', taken[0]!);
	await expect(page.getByText("That code didn't work.")).toBeVisible();
	await expect(page.getByText(TAKEN_MESSAGE)).toHaveCount(0);

	for (const name of taken.slice(0, 5)) {
		await start(page, child.code, name);
		await expect(page.getByLabel('Choose a username')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByText(TAKEN_MESSAGE)).toBeVisible();
	}

	// The sixth is not answered, nor is a free name, for now.
	for (const name of [taken[5]!, `nell${stamp}`]) {
		await start(page, child.code, name);
		await expect(
			page.getByText(
				'Too many tries. Wait 15 minutes, then try a new username. Or ask your worker for help.'
			)
		).toBeVisible();
		await expect(page.getByText(TAKEN_MESSAGE)).toHaveCount(0);
		await expect(page.getByLabel('Your code')).toHaveValue(child.code);
		await expect(page.getByLabel('Choose a username')).toHaveValue(name);
	}
	await expect(page).toHaveURL(/\/activate$/);

	expect(
		queryTestDatabase<{ userId: string | null }>(
			'SELECT user_id AS userId FROM young_people WHERE id = ?',
			child.id
		)
	).toEqual([{ userId: null }]);
	const refusals = queryTestDatabase<{ detail: string }>(
		"SELECT detail FROM audit_events WHERE action = 'activation_names_stopped' AND young_person_id = ?",
		child.id
	);
	expect(refusals.map((r) => JSON.parse(r.detail).reason)).toEqual([
		'too_many_names',
		'too_many_names'
	]);
});
