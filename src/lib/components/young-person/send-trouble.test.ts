import { describe, expect, it } from 'vitest';
import { retryButton, signInAgainHref, troubleWords } from './send-trouble';

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

describe('a try that was not Send', () => {
	const tapped = (direction?: string) => {
		const form = new FormData();
		if (direction) form.set('direction', direction);
		return form;
	};
	const at = (search: string) => new URL(`http://heard.test/me/say/good_news${search}`);

	it('names the button that was tapped, and none for Send', () => {
		expect(retryButton(at('?/step'), tapped('next'))).toBe('Next');
		expect(retryButton(at('?/step'), tapped('back'))).toBe('Back');
		expect(retryButton(at('?/save'), tapped())).toBe('Save and finish later');
		expect(retryButton(at('?/send'), tapped())).toBeNull();
	});

	it('says no signal and to tap that button again, never Send', () => {
		const words = troubleWords('no_answer', undefined, 'Next');
		expect(words).toBe(
			'No signal just now. Your words are still here. Tap Next again when you have signal.'
		);
		expect(troubleWords('failed', undefined, 'Back')).toMatch(/Tap Back again\.$/);
		expect(troubleWords('no_answer', undefined, null)).toMatch(/tap Send again/);
	});
});
