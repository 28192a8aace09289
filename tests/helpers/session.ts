import { expect, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, type DemoAccount } from './accounts';

/** Signs in through the real form, as a person would, and waits for their home. */
export async function loginAs(page: Page, who: DemoAccount): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill(DEMO[who].signIn);
	await page.getByLabel('Password').fill(DEMO_PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${DEMO[who].home}$`));
}
