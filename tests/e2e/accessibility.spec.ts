import { test } from '@playwright/test';
import { PHONE, type DemoAccount } from '../helpers/accounts';
import { expectNoAccessibilityViolations } from '../helpers/axe';
import { loginAs } from '../helpers/session';

const PUBLIC_PAGES = ['/', '/login', '/activate', '/help', '/logout', '/no-such-page'];

for (const path of PUBLIC_PAGES) {
	test(`axe finds nothing on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAccessibilityViolations(page);
	});
}

test('axe finds nothing on the sign-in page showing an error', async ({ page }) => {
	await page.goto('/login');
	await page.getByLabel('Username or work email').fill('someone');
	await page.getByLabel('Password').fill('wrong-password');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByRole('alert').waitFor();
	await expectNoAccessibilityViolations(page);
});

const STAFF_PAGES: [DemoAccount, string[]][] = [
	['sam', ['/worker', '/admin']],
	['manager', ['/manager', '/worker']],
	['lead', ['/lead', '/lead/print']],
	['admin', ['/admin']]
];
// Held to axe's best practices as well: a table header with nothing in it, or two landmarks of
// one name, are found here before a screen reader user finds them.
const BEST_PRACTICE = new Set(['/manager', '/lead', '/lead/print']);
for (const [who, paths] of STAFF_PAGES) {
	test(`axe finds nothing on ${paths.join(', ')} for ${who}`, async ({ page }) => {
		await loginAs(page, who);
		for (const path of paths) {
			await page.goto(path);
			await expectNoAccessibilityViolations(page, { bestPractice: BEST_PRACTICE.has(path) });
		}
	});
}

test.describe('young person pages on a phone', () => {
	test.use(PHONE);
	test('axe finds nothing on home, a statement page and help', async ({ page }) => {
		await loginAs(page, 'maya');
		for (const path of ['/me', '/me/say/worried', '/help', '/worker']) {
			await page.goto(path);
			await expectNoAccessibilityViolations(page);
		}
	});
});
