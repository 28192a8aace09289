import { expect, test, type Page } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';

async function followFooterToStatement(page: Page) {
	const footer = page.getByRole('contentinfo');
	await footer.getByRole('link', { name: 'Accessibility' }).click();
	await expect(page).toHaveURL(/\/accessibility$/);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Accessibility statement for Heard' })
	).toBeVisible();
}

test('the accessibility statement is in the public-sector format and linked from the footer', async ({
	page
}) => {
	await page.goto('/');
	await followFooterToStatement(page);
	for (const heading of [
		'How accessible Heard is',
		'Reporting accessibility problems with Heard',
		'Enforcement procedure',
		'Compliance status',
		'Preparation of this accessibility statement'
	])
		await expect(page.getByRole('heading', { name: heading })).toBeVisible();
	await expect(page.getByText('partially compliant with the Web Content')).toBeVisible();
	await expect(page.getByText(/^Heard was last tested on \d+ \w+ \d{4}\.$/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'accessibility@glenbrae.example' })).toHaveAttribute(
		'href',
		'mailto:accessibility@glenbrae.example'
	);
	await expectNoAccessibilityViolations(page);
});

test.describe('on a phone', () => {
	test.use(PHONE);
	test("a young person reaches it from their home's footer and keeps their own menu", async ({
		page
	}) => {
		await loginAs(page, 'jordan');
		await followFooterToStatement(page);
		await expect(page.getByRole('link', { name: 'Quick exit' })).toBeVisible();
		await expectNoAccessibilityViolations(page);
	});
});

test('staff reach it from the footer of their pages', async ({ page }) => {
	await loginAs(page, 'sam');
	await followFooterToStatement(page);
});

test('security.txt names the contact an admin sets, and is not served without one', async ({
	page,
	request
}) => {
	const first = await request.get('/.well-known/security.txt');
	expect(first.status()).toBe(200);
	expect(first.headers()['content-type']).toContain('text/plain');
	const text = await first.text();
	expect(text).toContain('Contact: mailto:security@glenbrae.example');
	expect(text).toMatch(/^Expires: \d{4}-\d\d-\d\dT00:00:00Z$/m);

	await loginAs(page, 'admin');
	const setContact = async (address: string) => {
		await page.goto('/admin/settings');
		await page.getByLabel('Security reports').fill(address);
		await page.getByRole('button', { name: 'Save settings' }).click();
		await expect(page.getByRole('status')).toBeVisible();
	};
	await page.goto('/admin/settings');
	await page.getByLabel('Security reports').fill('not an address');
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert')).toBeVisible();

	await setContact('cyber@glenbrae.example');
	expect(await (await request.get('/.well-known/security.txt')).text()).toContain(
		'Contact: mailto:cyber@glenbrae.example'
	);
	await setContact('');
	expect((await request.get('/.well-known/security.txt')).status()).toBe(404);
	await setContact('security@glenbrae.example');
});
