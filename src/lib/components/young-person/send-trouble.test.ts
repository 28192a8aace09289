import { describe, expect, it } from 'vitest';
import { signInAgainHref, troubleWords } from './send-trouble';

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
