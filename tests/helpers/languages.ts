import { expect, type Page } from '@playwright/test';
import { openTestDatabase } from './database';
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

/**
 * Languages turned on for the organisation straight in the test database, as Admin → Languages
 * stores them, for journeys about a young person's pages rather than the admin's. Returns what
 * puts the switches back as they were.
 */
export function turnLanguagesOn(locales: string[]): () => void {
	const db = openTestDatabase();
	try {
		const row = db.prepare("SELECT value FROM settings WHERE key = 'languageSwitches'").get() as
			{ value: string } | undefined;
		const switches = row ? JSON.parse(row.value) : {};
		for (const locale of locales) switches[locale] = true;
		db.prepare(
			"INSERT INTO settings (key, value, updated_at) VALUES ('languageSwitches', ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"
		).run(JSON.stringify(switches), Date.now());
		return () => {
			const again = openTestDatabase();
			try {
				if (!row) again.prepare("DELETE FROM settings WHERE key = 'languageSwitches'").run();
				else
					again
						.prepare("UPDATE settings SET value = ? WHERE key = 'languageSwitches'")
						.run(row.value);
			} finally {
				again.close();
			}
		};
	} finally {
		db.close();
	}
}
