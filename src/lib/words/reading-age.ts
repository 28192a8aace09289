import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/**
 * How hard a message is to read, for the plain-words test (docs/adr: plain
 * words checked by a test). Only tests import this: the formula and its
 * syllable counter are dev dependencies, never shipped to a page.
 */

/** UK reading age is the US grade level plus five (grade 4 is read at 9). */
const GRADE_TO_AGE = 5;

/**
 * Below this many words a readability formula measures one or two words, not
 * a text: a single long word swings the score by years. Shorter messages are
 * held to the word list and to the long-word check instead.
 */
export const FORMULA_MIN_WORDS = 8;

/** What a placeholder stands for when the message is read: typical values, in words. */
const SAMPLES: Record<string, string> = {
	name: 'Sam',
	worker: 'Sam',
	date: 'Friday 4 June',
	organisation: 'Greenshire Council',
	meeting: 'review meeting',
	type: 'review meeting',
	words: 'I want to see my sister',
	decision: 'agreed',
	status: 'read',
	device: 'a phone',
	time: 'six years'
};

/** Fills each {placeholder} with a typical value, so the sentence is measured as a child reads it. */
export function asRead(message: string): string {
	return message.replace(/\{(\w+)\}/g, (_, name: string) => SAMPLES[name] ?? 'three');
}

export function wordsOf(text: string): string[] {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

function sentenceCount(text: string): number {
	const ends = text.match(/[.!?…]+(?=\s|$|["”)])/g)?.length ?? 0;
	// A heading or label with no full stop is still one sentence.
	return Math.max(1, ends + (/[.!?…]["”)]?\s*$/.test(text.trim()) ? 0 : 1));
}

/** The Flesch-Kincaid grade of the text as a UK reading age, or null if it is too short to measure. */
export function readingAge(message: string): number | null {
	const text = asRead(message);
	const words = wordsOf(text);
	if (words.length < FORMULA_MIN_WORDS) return null;
	const grade = fleschKincaid({
		sentence: sentenceCount(text),
		word: words.length,
		syllable: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0)
	});
	return Math.round((grade + GRADE_TO_AGE) * 10) / 10;
}

/** Words of four or more syllables: in a message too short to measure, each is a hurdle on its own. */
export function longWords(message: string): string[] {
	return wordsOf(asRead(message)).filter((word) => syllable(word) >= 4);
}
