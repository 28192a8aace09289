import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { keepPending, PENDING_COOKIE, PENDING_MS, takePending } from './pending';

/** A cookie jar as SvelteKit's behaves for one request and its answer. */
function jar() {
	const values = new Map<string, string>();
	const options = new Map<string, Record<string, unknown>>();
	const cookies = {
		get: (name: string) => values.get(name),
		set: (name: string, value: string, opts: Record<string, unknown>) => {
			values.set(name, value);
			options.set(name, opts);
		},
		delete: (name: string) => values.delete(name)
	} as unknown as Cookies;
	return { cookies, values, options };
}

const pending = (startedAt: number) => ({
	state: 's'.repeat(43),
	nonce: 'n'.repeat(43),
	verifier: 'v'.repeat(43),
	next: '/worker',
	startedAt
});

describe('the sign-in in progress', () => {
	it('is kept in an httpOnly, SameSite=Lax cookie for the sign-in addresses only, for ten minutes', () => {
		const { cookies, options } = jar();
		keepPending(cookies, pending(Date.now()), true);
		expect(options.get(PENDING_COOKIE)).toMatchObject({
			path: '/login/sso',
			httpOnly: true,
			sameSite: 'lax',
			secure: true,
			maxAge: 600
		});
	});

	it('is read once: the cookie is cleared, so the same answer finds nothing the second time', () => {
		const { cookies, values } = jar();
		const now = new Date();
		keepPending(cookies, pending(now.getTime()), false);
		expect(takePending(cookies, false, now)).toMatchObject({ next: '/worker' });
		expect(values.has(PENDING_COOKIE)).toBe(false);
		expect(takePending(cookies, false, now)).toBeNull();
	});

	it('is refused when too old or not ours, and cleared all the same', () => {
		const { cookies, values } = jar();
		const now = new Date();
		keepPending(cookies, pending(now.getTime() - PENDING_MS), false);
		expect(takePending(cookies, false, now)).toBeNull();
		expect(values.has(PENDING_COOKIE)).toBe(false);
		values.set(PENDING_COOKIE, 'not-json');
		expect(takePending(cookies, false, now)).toBeNull();
		expect(values.has(PENDING_COOKIE)).toBe(false);
	});
});
