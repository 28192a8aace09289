import { describe, expect, it } from 'vitest';
import { signInAgainHref, troubleWith, troubleWords } from './send-trouble';

describe('why a form sent by script did not go through', () => {
	it('is nothing when the page answered, with a redirect, a refusal of answers or success', () => {
		expect(troubleWith({ type: 'redirect', status: 303, location: '/me/things/1' })).toBeNull();
		expect(troubleWith({ type: 'failure', status: 400, data: {} })).toBeNull();
		expect(troubleWith({ type: 'success', status: 200 })).toBeNull();
	});

	it('is no signal only when no answer came back at all', () => {
		expect(troubleWith({ type: 'error', error: new TypeError('Failed to fetch') })).toBe(
			'no_answer'
		);
	});

	it('is being signed out when the server answered 401, not a signal problem', () => {
		expect(troubleWith({ type: 'error', status: 401, error: { message: 'x' } })).toBe('signed_out');
	});

	it('is words too long when the server answered 413, not a signal problem', () => {
		expect(troubleWith({ type: 'error', status: 413, error: { message: 'x' } })).toBe('too_long');
	});

	it('is a failure for any other answer', () => {
		expect(troubleWith({ type: 'error', status: 500, error: { message: 'x' } })).toBe('failed');
		expect(troubleWith({ type: 'error', status: 403, error: { message: 'x' } })).toBe('failed');
	});
});

describe('the way to sign in again from a form', () => {
	it('comes back to the form', () => {
		expect(signInAgainHref('/me/say/make_a_change', null)).toBe(
			'/login?next=%2Fme%2Fsay%2Fmake_a_change'
		);
	});

	it('comes back to the same question in simple mode', () => {
		expect(signInAgainHref('/me/say/good_news', 2)).toBe(
			'/login?next=%2Fme%2Fsay%2Fgood_news%3Fstep%3D2'
		);
	});
});

describe('troubleWords', () => {
	it("says this try's trouble first, else what the action said, and nothing for signed out", () => {
		expect(troubleWords('too_long', 'not_saved')).toMatch(/too long/);
		expect(troubleWords('signed_out', 'not_saved')).toBeNull();
		expect(troubleWords(null, 'not_saved')).toMatch(/^We couldn't save it/);
		expect(troubleWords(null, undefined)).toBeNull();
	});
});
