import { expect, test } from '@playwright/test';
import { loginAs } from '../helpers/session';

// A date typed into the audit viewer's address that is not a day, or two the wrong way round, is
// said, not silently ignored: an administrator would otherwise read "every event" or "0 events".
test('the audit viewer says when a date is not a day, or the dates are the wrong way round', async ({
	page
}) => {
	await loginAs(page, 'admin');
	await page.goto('/admin/audit?from=2026-99-99');
	await expect(page.getByRole('alert')).toContainText('The "From" date is not a real day');
	await expect(page.getByRole('table')).toContainText('Signed in');

	await page.goto('/admin/audit?from=2026-12-10&to=2026-01-01');
	await expect(page.getByRole('alert')).toContainText('is after the "To" date');

	await page.goto('/admin/audit?from=2026-01-01');
	await expect(page.getByRole('alert')).toHaveCount(0);
});
