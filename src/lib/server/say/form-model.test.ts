import { describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { DRAFT_WORDS_MOST, draftAnswersFrom, overDraftLimit } from './form-model';

const change = currentTemplate('make_a_change');

describe('draftAnswersFrom, keeping what a young person typed for later', () => {
	it('keeps words longer than a question allows whole: Send asks to shorten them, nothing is cut', () => {
		// Kai typed 2425 characters into a box that takes 2000.
		const words = `${'I want to see my brother more. '.repeat(78)}The end matters most.`;
		expect(words.length).toBeGreaterThan(2000);
		const kept = draftAnswersFrom(change, { category: 'money', what: words });
		expect(kept.what).toBe(words);
		expect(kept.what?.endsWith('The end matters most.')).toBe(true);
	});

	it('keeps line breaks as one character each, as the checks count them', () => {
		expect(draftAnswersFrom(change, { what: 'one\r\ntwo\rthree\nfour' }).what).toBe(
			'one\ntwo\nthree\nfour'
		);
	});

	it('still keeps only the template’s questions, and cuts what can only be a name from a list', () => {
		const kept = draftAnswersFrom(change, {
			category: 'x'.repeat(100),
			what: 'Help',
			sneaky: 'not a question'
		});
		expect(kept).toEqual({ category: 'x'.repeat(40), what: 'Help' });
	});
});

describe('overDraftLimit', () => {
	it('refuses only a runaway answer, as "too long"', () => {
		const kept = { what: 'a'.repeat(2500), why: 'b'.repeat(DRAFT_WORDS_MOST + 1) };
		expect(overDraftLimit(kept)).toEqual({ why: 'too_long' });
		expect(overDraftLimit({ what: 'a'.repeat(DRAFT_WORDS_MOST) })).toEqual({});
	});
});
