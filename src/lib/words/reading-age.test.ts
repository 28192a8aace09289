import { describe, expect, it } from 'vitest';
import { FORMULA_MIN_WORDS, asRead, longWords, readingAge } from './reading-age';
import { wordsToAvoidIn } from './words-to-avoid';

describe('how hard a message is to read', () => {
	it('tells plain words from an official letter', () => {
		const plain = 'Tell us what you think about your home and your school.';
		const official =
			'Your independent reviewing officer will consider the recommendations of the multi-agency assessment.';
		expect(readingAge(plain)).toBeLessThanOrEqual(9);
		expect(readingAge(official)).toBeGreaterThan(12);
	});

	it(`measures only messages of ${FORMULA_MIN_WORDS} words or more, where one long word cannot swing it by years`, () => {
		expect(readingAge('Nurtured')).toBeNull();
		expect(readingAge('Share good news')).toBeNull();
		expect(readingAge('Tell us what you think about your home and school.')).not.toBeNull();
		expect(longWords('Activities and hobbies')).toEqual(['Activities']);
	});

	it('reads a placeholder as the words a child will see there', () => {
		expect(asRead('{name} will read it by {date}.')).toBe('Sam will read it by Friday 4 June.');
	});

	it('finds the care system’s own words, and leaves everyday ones alone', () => {
		expect(wordsToAvoidIn('How is your placement going?')).toHaveLength(1);
		expect(wordsToAvoidIn('Your LAC review is next week')).toHaveLength(1);
		expect(wordsToAvoidIn('Your looked-after review is next week')).toHaveLength(1);
		expect(wordsToAvoidIn('Sam will read it within 3 working days')).toHaveLength(1);
		expect(wordsToAvoidIn('People you can contact now')).toHaveLength(1);
		expect(wordsToAvoidIn('How looked after and cared for do you feel?')).toEqual([]);
		expect(wordsToAvoidIn('Family time')).toEqual([]);
	});
});
