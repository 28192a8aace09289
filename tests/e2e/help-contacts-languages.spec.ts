import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { openTestDatabase } from '../helpers/database';
import { turnLanguagesOn } from '../helpers/languages';
import { addOwnChild, signInAsChild } from '../helpers/own-child';

/*
 * The people to call when a young person is in danger are the words that most need reading:
 * a child who reads Arabic or Welsh meets them in that language on the worry form and on Help,
 * with the numbers to call unchanged.
 */
test.describe.configure({ mode: 'serial', timeout: 90_000 });

const common = (locale: string): Record<string, string> =>
	JSON.parse(readFileSync(`messages/${locale}/common.json`, 'utf8'));
const ENGLISH = [
	'Emergency (police, ambulance, fire)',
	'Any time, if you are in danger now',
	'Any time, free, and it will not show on your phone bill'
];

let putSwitchesBack: () => void;
test.beforeAll(() => {
	putSwitchesBack = turnLanguagesOn(['cy', 'ar']);
});
test.afterAll(() => putSwitchesBack());

for (const locale of ['ar', 'cy'] as const) {
	test(`in ${locale}: the worry form and Help show the crisis contacts in the young person's language`, async ({
		browser
	}) => {
		const child = addOwnChild(`Contacts${locale}${Date.now() % 100000}`);
		const db = openTestDatabase();
		db.prepare('UPDATE young_people SET language = ? WHERE id = ?').run(locale, child.id);
		db.close();
		const words = common(locale);
		const context = await browser.newContext(PHONE);
		const page = await context.newPage();
		await signInAsChild(page, child.username);

		await page.goto('/me/say/worried');
		await expect(page.locator('html')).toHaveAttribute('lang', locale);
		const crisis = page.locator('section.urgent-box');
		await expect(crisis.getByText(words.help_contact_emergency!, { exact: true })).toBeVisible();
		await expect(crisis.getByText(words.help_contact_emergency_when!)).toBeVisible();
		await expect(crisis.getByText(words.help_contact_childline!, { exact: true })).toBeVisible();
		await expect(crisis.getByText(words.help_contact_childline_when!)).toBeVisible();
		await expect(crisis.locator('a[href="tel:999"]')).toBeVisible();
		await expect(crisis.locator('a[href="tel:08001111"]')).toBeVisible();
		for (const english of ENGLISH) await expect(crisis).not.toContainText(english);

		await page.goto('/help');
		await expect(page.getByText(words.help_contact_emergency_when!)).toBeVisible();
		for (const english of ENGLISH) await expect(page.locator('main')).not.toContainText(english);
		await context.close();
	});
}
