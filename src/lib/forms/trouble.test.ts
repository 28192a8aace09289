import { describe, expect, it } from 'vitest';
import { troubleWith } from './trouble';

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
