import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { queryDatabase } from '../helpers/database';
import { startFakeIssuer } from '../helpers/fake-issuer';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';

/**
 * What Heard does with the identity provider's answer, driven through the real callback of a
 * built server whose provider is tests/helpers/fake-issuer.ts: the test plays the browser coming
 * back with a code, and the provider's token endpoint answers that code with the ID token the
 * test chose. A good token signs the demo worker in; each bad one is refused after it arrived.
 */

const CLIENT = {
	id: 'heard-protocol',
	secret: 'a-secret-for-this-test-only',
	email: 'sam@glenbrae.example'
};
let issuer: Awaited<ReturnType<typeof startFakeIssuer>>;
let heard: Awaited<ReturnType<typeof startOwnServer>>;
const database = freshDatabasePath();
let codes = 0;

test.beforeAll(async () => {
	issuer = await startFakeIssuer(CLIENT);
	heard = await startOwnServer({
		DATABASE_URL: database,
		OIDC_ISSUER: issuer.issuer,
		OIDC_CLIENT_ID: CLIENT.id,
		OIDC_CLIENT_SECRET: CLIENT.secret
	});
});
test.afterAll(async () => {
	await heard?.stop();
	await issuer?.stop();
});

/** "Sign in with…" as a browser follows it: Heard sends it to the provider with what must come back. */
async function startSignIn() {
	const browser = await request.newContext({ baseURL: heard.base });
	const response = await browser.get('/login/sso', { maxRedirects: 0 });
	expect(response.status()).toBe(303);
	const sentTo = new URL(response.headers().location!);
	expect(sentTo.origin + sentTo.pathname).toBe(`${issuer.issuer}/authorize`);
	const param = (name: string) => sentTo.searchParams.get(name)!;
	expect(param('code_challenge_method')).toBe('S256');
	expect(param('scope').split(' ')).toContain('openid');
	for (const name of ['state', 'nonce', 'code_challenge'])
		expect(param(name).length).toBeGreaterThan(20);
	return {
		browser,
		state: param('state'),
		nonce: param('nonce'),
		codeChallenge: param('code_challenge')
	};
}

/** The browser comes back from the provider; did Heard sign it in, and where did it send it? */
async function comeBack(browser: APIRequestContext, query: Record<string, string>) {
	const response = await browser.get(`/login/sso/callback?${new URLSearchParams(query)}`, {
		maxRedirects: 0
	});
	const cookies = response
		.headersArray()
		.filter((h) => h.name.toLowerCase() === 'set-cookie')
		.map((h) => h.value);
	const worker = await browser.get('/worker', {
		maxRedirects: 0,
		headers: { accept: 'text/html' }
	});
	return {
		status: response.status(),
		location: response.headers().location,
		sessionCookie: cookies.some((c) => /^heard_session=[^;]+/.test(c)),
		signedIn: worker.status() === 200
	};
}

const lastRefusal = () =>
	queryDatabase<{ detail: string }>(
		database,
		"SELECT detail FROM audit_events WHERE action = 'sign_in_failed' ORDER BY id DESC LIMIT 1"
	)[0]?.detail ?? '';

test('a good ID token from the provider signs the worker in: the harness can succeed, so each refusal below is the check at work', async () => {
	const { browser, state, nonce, codeChallenge } = await startSignIn();
	const code = `code-${++codes}`;
	issuer.plan(code, { nonce, codeChallenge });
	const back = await comeBack(browser, { code, state });
	expect(back).toMatchObject({
		status: 303,
		location: '/worker',
		sessionCookie: true,
		signedIn: true
	});
	expect(issuer.traded).toContain(code);
	await browser.dispose();
});

const now = () => Math.floor(Date.now() / 1000);
const CRAFTED = [
	{ what: 'a forged ID token (signed with another key)', plan: { forged: true }, why: /signature/ },
	{
		what: 'an expired ID token',
		plan: { claims: { iat: now() - 7200, exp: now() - 3600 } },
		why: /"exp"/
	},
	{
		what: 'an ID token for another service (wrong audience)',
		plan: { claims: { aud: 'another-service' } },
		why: /"aud"/
	},
	{
		what: 'an ID token from another issuer',
		plan: { claims: { iss: 'https://impostor.example' } },
		why: /"iss"/
	},
	{
		what: 'an ID token with the wrong nonce',
		plan: { nonce: 'a-nonce-from-another-sign-in-0000' },
		why: /"nonce"/
	}
];

for (const { what, plan, why } of CRAFTED) {
	test(`${what} is refused, after it arrived, with its reason audited`, async () => {
		const { browser, state, nonce, codeChallenge } = await startSignIn();
		const code = `code-${++codes}`;
		issuer.plan(code, { nonce, codeChallenge, ...plan });
		const back = await comeBack(browser, { code, state });
		expect(back).toMatchObject({
			status: 303,
			location: '/login?sso=not_checked',
			sessionCookie: false,
			signedIn: false
		});
		expect(issuer.traded).toContain(code);
		const audited = JSON.parse(lastRefusal());
		expect(audited).toMatchObject({ via: 'sso', reason: 'not_checked' });
		expect(audited.why).toMatch(why);
		await browser.dispose();
	});
}

test('an answer that does not carry the state Heard sent, or comes with no sign-in started, is refused before any code is traded', async () => {
	const { browser, nonce, codeChallenge } = await startSignIn();
	const code = `code-${++codes}`;
	issuer.plan(code, { nonce, codeChallenge });
	const wrongState = await comeBack(browser, { code, state: 'a-state-heard-never-sent-000000' });
	expect(wrongState).toMatchObject({
		location: '/login?sso=expired',
		sessionCookie: false,
		signedIn: false
	});

	const stranger = await request.newContext({ baseURL: heard.base });
	const noCookie = await comeBack(stranger, { code, state: 'anything-at-all-000000000000' });
	expect(noCookie).toMatchObject({
		location: '/login?sso=expired',
		sessionCookie: false,
		signedIn: false
	});
	expect(issuer.traded).not.toContain(code);
	await browser.dispose();
	await stranger.dispose();
});
