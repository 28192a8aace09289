import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words';

describe('firstWords', () => {
	it('is the first written answer, whole when it is short', () => {
		expect(
			firstWords('make_a_change', 1, {
				category: 'money',
				what: 'Help with my bus fare',
				why: 'It costs a lot'
			})
		).toBe('Help with my bus fare');
	});

	it('skips questions left blank and answers that are not words', () => {
		expect(
			firstWords('feelings', 1, {
				safe: 4,
				safe_words: '  ',
				healthy: 3,
				healthy_words: 'I have a cold'
			})
		).toBe('I have a cold');
	});

	it('cuts a long answer at a word and says it goes on', () => {
		const words = firstWords(
			'good_news',
			1,
			{ what: 'I went to the big match with my gran and we sang all the way home on the bus' },
			30
		);
		expect(words).toBe('I went to the big match with…');
	});

	it('puts line breaks and runs of spaces on one line', () => {
		expect(firstWords('good_news', 1, { what: 'Line one\n\n  line two' })).toBe(
			'Line one line two'
		);
	});

	it('is nothing when nothing was written, or the template is unknown', () => {
		expect(firstWords('feelings', 1, { safe: 5 })).toBeNull();
		expect(firstWords('no_such_template', 1, { what: 'words' })).toBeNull();
	});
});
