import { expect, type Page } from '@playwright/test';
import { loginAs } from './session';

/**
 * An admin turns a language on (ticking that it has not been reviewed) or off, on Admin →
 * Languages. `name` is its English name, as the page shows it.
 */
export async function switchLanguage(page: Page, name: string, on: boolean): Promise<void> {
	await loginAs(page, 'admin');
	await page.goto('/admin/languages');
	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: new RegExp(name) }) });
	if (on) {
		await card.getByLabel(new RegExp(`I understand that ${name} has not been reviewed`)).check();
		await card.getByRole('button', { name: `Turn on ${name}` }).click();
		await expect(page.getByText(`${name} is now on.`)).toBeVisible();
	} else if (await card.getByRole('button', { name: `Turn off ${name}` }).isVisible()) {
		await card.getByRole('button', { name: `Turn off ${name}` }).click();
		await expect(page.getByText(`${name} is now off.`)).toBeVisible();
	}
}
