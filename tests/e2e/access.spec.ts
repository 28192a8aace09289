import { expect, test } from '@playwright/test';
import { PHONE } from '../helpers/accounts';
import { loginAs } from '../helpers/session';

test.describe('a young person', () => {
	test.use(PHONE);

	test('is refused every staff page with a proper 403 page', async ({ page }) => {
		await loginAs(page, 'jordan');
		for (const path of ['/worker', '/manager', '/lead', '/admin']) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(403);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't for you");
		}
		await page.getByRole('link', { name: 'Go to my home page' }).click();
		await expect(page).toHaveURL(/\/me$/);
	});

	test('is refused a page deep in staff addresses with the whole page: its styles and quick exit', async ({
		page
	}) => {
		await loginAs(page, 'jordan');
		const missing: string[] = [];
		page.on('response', (r) => {
			if (r.status() === 404) missing.push(r.url());
		});
		const response = await page.goto('/worker/statements/not-theirs');
		expect(response?.status()).toBe(403);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText("This page isn't for you");
		await page.waitForLoadState('load');
		expect(missing).toEqual([]);
		// Quick exit's script ran: it notes where Heard began in this tab's history.
		expect(await page.evaluate(() => sessionStorage.getItem('heard-first-entry'))).not.toBeNull();
		// The stylesheet arrived: the skip link waits off-screen until it has focus.
		const skip = page.getByRole('link', { name: 'Skip to main content' });
		expect(await skip.evaluate((a) => a.getBoundingClientRect().right)).toBeLessThanOrEqual(0);
	});
});

test('staff are refused the pages of roles they do not hold', async ({ page }) => {
	await loginAs(page, 'sam');
	for (const path of ['/admin', '/lead', '/manager', '/me']) {
		expect((await page.goto(path))?.status(), path).toBe(403);
	}
	expect((await page.goto('/worker'))?.status()).toBe(200);
});

test('a manager who is also a worker can use both homes', async ({ page }) => {
	await loginAs(page, 'manager');
	await expect(page.getByRole('link', { name: 'My young people' })).toBeVisible();
	expect((await page.goto('/worker'))?.status()).toBe(200);
	expect((await page.goto('/admin'))?.status()).toBe(403);
});

test('signed out, a protected page sends you to sign in and a form post is refused', async ({
	page,
	request
}) => {
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin$/);
	const post = await request.post('/me', {
		form: { anything: '1' },
		headers: { origin: new URL(page.url() || 'http://localhost').origin }
	});
	expect(post.status()).toBe(401);
});

test('an unknown page gets a friendly not-found page', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
});

test('health check and security headers', async ({ request }) => {
	const health = await request.get('/healthz');
	expect(health.status()).toBe(200);
	expect(await health.json()).toEqual({ status: 'ok', database: true, writable: true });

	const page = await request.get('/login');
	const headers = page.headers();
	const csp = headers['content-security-policy'] ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toContain("frame-ancestors 'none'");
	const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
	expect(scriptSrc).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['x-frame-options']).toBe('DENY');
});
