import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { addOwnChild, signInAsChild } from '../helpers/own-child';

/*
 * Whoever holds a signed-in phone cannot find the password out by guessing it on the settings
 * page: after five wrong ones, no password is checked for 15 minutes, and each try is audited.
 */
test.use(PHONE);

test('five wrong passwords on the settings page, then even the right one is not checked', async ({
	page
}) => {
	const child = addOwnChild(`Guesser${Date.now() % 100000}`);
	await signInAsChild(page, child.username);
	await page.goto('/me/settings');
	const change = async (current: string) => {
		await page.getByLabel('My password now').fill(current);
		await page.getByLabel('New password', { exact: true }).fill('a-new-password-2026');
		await page.getByLabel('Type the new password again').fill('a-new-password-2026');
		await page.getByRole('button', { name: 'Change password' }).click();
	};
	for (let i = 1; i <= 5; i++) {
		await change(`guess-number-${i}`);
		await expect(page.getByText("That isn't your password now. Try again.")).toBeVisible();
	}
	await change('heard-demo-2026');
	await expect(page.getByText('Too many tries. Wait 15 minutes, then try again.')).toBeVisible();
	await expect(page.getByText('Your password is changed.')).toHaveCount(0);

	const audited = queryTestDatabase<{ action: string; n: number }>(
		`SELECT a.action, count(*) AS n FROM audit_events a JOIN young_people y ON y.user_id = a.actor_id
		 WHERE y.id = '${child.id}' AND a.action LIKE 'password_%' GROUP BY a.action ORDER BY a.action`
	);
	expect(audited).toEqual([
		{ action: 'password_check_failed', n: 5 },
		{ action: 'password_checks_stopped', n: 1 }
	]);
});
