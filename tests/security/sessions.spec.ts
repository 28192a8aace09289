import { expect, request, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers/accounts';
import { openTestDatabase, queryTestDatabase } from '../helpers/database';

async function signInFresh(baseURL: string, identifier: string, password = DEMO_PASSWORD) {
	const context = await request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	const response = await context.post('/login', {
		form: { identifier, password },
		maxRedirects: 0
	});
	return { context, response, cookie: response.headers()['set-cookie'] ?? '' };
}

test('a cross-origin form post is refused', async ({ baseURL }) => {
	const context = await request.newContext({ baseURL });
	const response = await context.post('/login', {
		form: { identifier: 'sam@glenbrae.example', password: DEMO_PASSWORD },
		headers: { origin: 'https://evil.example', accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(403);
	expect(response.headers()['set-cookie']).toBeUndefined();
});

test('every sign-in gets a new token, with httpOnly and SameSite=Lax, and only its hash is stored', async ({
	baseURL
}) => {
	const first = await signInFresh(baseURL!, 'jamie@glenbrae.example');
	const second = await signInFresh(baseURL!, 'jamie@glenbrae.example');
	const token = (cookie: string) => /heard_session=([^;]+)/.exec(cookie)?.[1];
	expect(token(first.cookie)).toBeTruthy();
	expect(token(first.cookie)).not.toBe(token(second.cookie));
	expect(first.cookie).toMatch(/HttpOnly/i);
	expect(first.cookie).toMatch(/SameSite=Lax/i);
	const stored = queryTestDatabase<{ n: number }>(
		'SELECT count(*) AS n FROM sessions WHERE id = ?',
		token(first.cookie)
	);
	expect(stored[0]?.n).toBe(0);
});

test('revoked and expired sessions are refused', async ({ baseURL }) => {
	const revoked = await signInFresh(baseURL!, 'jamie@glenbrae.example');
	expect((await revoked.context.get('/worker', { maxRedirects: 0 })).status()).toBe(200);
	expect(
		(await revoked.context.post('/logout', { form: { confirm: '1' }, maxRedirects: 0 })).status()
	).toBe(303);
	expect((await revoked.context.get('/worker', { maxRedirects: 0 })).status()).toBe(303);

	const expired = await signInFresh(baseURL!, 'jamie@glenbrae.example');
	const db = openTestDatabase();
	try {
		const user = db
			.prepare("SELECT id FROM users WHERE email = 'jamie@glenbrae.example'")
			.get() as { id: string };
		db.prepare('UPDATE sessions SET expires_at = ? WHERE user_id = ?').run(
			Date.now() - 1000,
			user.id
		);
	} finally {
		db.close();
	}
	expect((await expired.context.get('/worker', { maxRedirects: 0 })).status()).toBe(303);
});

test('a deactivated account is signed out at once and cannot sign in', async ({ baseURL }) => {
	const signed = await signInFresh(baseURL!, 'ruby');
	expect((await signed.context.get('/me', { maxRedirects: 0 })).status()).toBe(200);
	const db = openTestDatabase();
	try {
		db.prepare("UPDATE users SET active = 0 WHERE username = 'ruby'").run();
		expect((await signed.context.get('/me', { maxRedirects: 0 })).status()).toBe(303);
		// The right password is told the account is closed (and nothing else), not sent round again.
		const refused = await signInFresh(baseURL!, 'ruby');
		expect(refused.response.status()).toBe(403);
		expect(refused.cookie).toBe('');
		expect(await refused.response.text()).toContain('account is closed');
	} finally {
		db.prepare("UPDATE users SET active = 1 WHERE username = 'ruby'").run();
		db.close();
	}
});

test('repeated failures lock the account with a clear message, even with the right password', async ({
	baseURL
}) => {
	for (let i = 0; i < 5; i += 1)
		expect((await signInFresh(baseURL!, 'kai', 'wrong-guess')).response.status()).toBe(400);
	const locked = await signInFresh(baseURL!, 'kai');
	expect(locked.response.status()).toBe(429);
	expect(await locked.response.text()).toContain('too many tries');
	const db = openTestDatabase();
	try {
		// The counters are kept by pseudonym (no name or address is stored): start them all afresh.
		db.prepare('DELETE FROM sign_in_throttle').run();
	} finally {
		db.close();
	}
});

test('every page sends security headers and a CSP without inline scripts', async ({ baseURL }) => {
	const { context } = await signInFresh(baseURL!, 'maya');
	for (const path of [
		'/',
		'/login',
		'/help',
		'/me',
		'/me/things',
		'/me/say/feelings',
		'/no-such-page'
	]) {
		const headers = (await context.get(path)).headers();
		const csp = headers['content-security-policy'] ?? '';
		const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, path).toMatch(/'self'/);
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(csp, path).toContain("object-src 'none'");
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['x-frame-options'], path).toBe('DENY');
	}
	expect((await context.get('/me')).headers()['cache-control']).toBe('no-store');
});

test('static files carry the same security headers as pages', async ({ baseURL }) => {
	const context = await request.newContext({ baseURL });
	const page = await (await context.get('/login')).text();
	const immutable = /\/_app\/immutable\/[^"']+\.js/.exec(page)?.[0];
	expect(immutable).toBeTruthy();
	for (const path of ['/quick-exit.js', '/favicon.svg', '/robots.txt', immutable!]) {
		const response = await context.get(path);
		expect(response.status(), path).toBe(200);
		const headers = response.headers();
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['x-frame-options'], path).toBe('DENY');
		expect(headers['referrer-policy'], path).toBe('same-origin');
		expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
		// Served over plain http here: HSTS is only sent when ORIGIN is https (scripts/security-headers.test.ts).
		expect(headers['strict-transport-security'], path).toBeUndefined();
	}
});
