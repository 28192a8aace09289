import { describe, expect, it } from 'vitest';
import { letterCount } from './letter-count';

describe('the counter under a box of words', () => {
	it('says the limit before anything is typed', () => {
		expect(letterCount(0, 2000)).toBe('Up to 2000 letters.');
	});

	it('counts down the letters left, up to the limit itself', () => {
		expect(letterCount(1999, 2000)).toBe('1 letter left');
		expect(letterCount(1000, 2000)).toBe('1000 letters left');
		expect(letterCount(2000, 2000)).toBe('0 letters left');
	});

	it('says how many letters too many past the limit, never a negative number left', () => {
		expect(letterCount(2001, 2000)).toBe('1 letter too many');
		expect(letterCount(100_000, 2000)).toBe('98000 letters too many');
		expect(letterCount(100_000, 2000)).not.toMatch(/-/);
	});
});
