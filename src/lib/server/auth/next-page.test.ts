import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/vocabulary';
import { pageAfterSignIn } from './next-page';

const ORIGIN = 'http://localhost:3000';
const as = (...roles: Role[]) => ({ id: 'u', displayName: 'U', firstName: 'U', roles });
const worker = as('worker');
const child = as('young_person');

describe('the page after signing in', () => {
	it('goes back to the page that asked for sign-in, with its query', () => {
		expect(pageAfterSignIn('/worker/statements/abc?tab=reply', ORIGIN, worker)).toBe(
			'/worker/statements/abc?tab=reply'
		);
		expect(pageAfterSignIn('/me/things/xyz', ORIGIN, child)).toBe('/me/things/xyz');
		expect(pageAfterSignIn('/help', ORIGIN, child)).toBe('/help');
	});

	it.each([
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r/evil.example',
		'/\r\nSet-Cookie: x=1',
		'//evil.example',
		'/\\evil.example',
		'\\\\evil.example',
		'https://evil.example/worker',
		'javascript:alert(1)',
		' //evil.example',
		'http://localhost:3001/worker'
	])('never leaves the site for %j', (next) => {
		const page = pageAfterSignIn(next, ORIGIN, worker);
		expect(new URL(page, ORIGIN).origin).toBe(ORIGIN);
		expect(page).not.toMatch(/[\r\n\t]/);
	});

	it('lands on their own home when next is another site, another role’s page or no page at all', () => {
		expect(pageAfterSignIn('/\t/evil.example', ORIGIN, worker)).toBe('/worker');
		expect(pageAfterSignIn('/admin/staff', ORIGIN, child)).toBe('/me');
		expect(pageAfterSignIn('/worker', ORIGIN, child)).toBe('/me');
		expect(pageAfterSignIn('/me/things', ORIGIN, worker)).toBe('/worker');
		expect(pageAfterSignIn('/admin', ORIGIN, as('manager', 'worker'))).toBe('/manager');
		expect(pageAfterSignIn('/no/such/page', ORIGIN, worker)).toBe('/worker');
		expect(pageAfterSignIn(null, ORIGIN, child)).toBe('/me');
		expect(pageAfterSignIn('', ORIGIN, child)).toBe('/me');
	});

	it('keeps a full address on this site', () => {
		expect(
			pageAfterSignIn(`${ORIGIN}/lead/print?period=year`, ORIGIN, as('participation_lead'))
		).toBe('/lead/print?period=year');
	});
});
