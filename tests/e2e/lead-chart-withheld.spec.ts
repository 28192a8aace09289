import { expect, test } from '@playwright/test';
import { loginAs } from '../helpers/session';

test.use({ viewport: { width: 1280, height: 900 } });

test('a chart marks each figure the table hides as not drawn, never as a bar of 0', async ({
	page
}) => {
	await loginAs(page, 'lead');
	// The newest year with a month counted (ADR 52): in January, last year.
	await page.goto('/lead?period=year');
	const title = 'Worker changes in the last 12 months';
	const table = page.getByRole('table', { name: title, exact: true });
	// Each row the table hides, with the words it prints instead of the figure.
	const hidden = new Map<string, string>();
	for (const row of await table.locator('tbody tr:not(.total)').all()) {
		const words = ((await row.locator('td').first().textContent()) ?? '').trim();
		if (/^(fewer than \d+|suppressed|Not shown)$/.test(words))
			hidden.set((await row.locator('th').textContent())!.trim(), words);
	}
	const hiddenRows = [...hidden.keys()];
	// The demo's year hides some of these counts; without any, this would prove nothing.
	expect(hiddenRows.length).toBeGreaterThan(0);

	// The chart drawn beside that table, in the same figure.
	const chart = page.locator('figure', { has: table }).getByRole('img');
	const marks = chart.locator('g.bar-withheld');
	await expect(marks).toHaveCount(hiddenRows.length);
	for (const label of hiddenRows) {
		const mark = chart.locator(`g.bar-withheld[data-withheld="${label}"]`);
		await expect(mark).toHaveText(hidden.get(label)!);
		expect((await mark.locator('rect').boundingBox())!.width).toBeGreaterThan(5);
	}
	// Every other row is a bar of its own length; a hidden one is never among them.
	const rows = await table.locator('tbody tr:not(.total)').count();
	await expect(chart.locator('rect.bar')).toHaveCount(rows - hiddenRows.length);
	await expect(chart).toHaveAccessibleName(
		new RegExp(
			`Bars not drawn, to protect young people, as in the table: ${hiddenRows.map((r) => `${r}: ${hidden.get(r)}`).join('; ')}\\.$`
		)
	);
});
