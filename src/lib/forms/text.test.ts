import { describe, expect, it } from 'vitest';
import { asTypedText } from './text';

describe('asTypedText', () => {
	it('takes out every override, embedding and isolate, and nothing else', () => {
		const controls = [
			'\u202A',
			'\u202B',
			'\u202C',
			'\u202D',
			'\u202E',
			'\u2066',
			'\u2067',
			'\u2068',
			'\u2069'
		];
		expect(asTypedText(`a${controls.join('')}b`)).toBe('ab');
		expect(asTypedText('\u202Eefas ma I\u202C')).toBe('efas ma I');
	});

	it('keeps right-to-left writing and the direction marks that help mixed text', () => {
		const mixed = 'أنا بخير اليوم\u200F and שלום לכולם\u200E, 12 ok';
		expect(asTypedText(mixed)).toBe(mixed);
	});
});

describe('line breaks in typed text', () => {
	it('become one "\\n" each, as a box counts them, however the browser sent them', () => {
		expect(asTypedText('one\r\ntwo\rthree\nfour')).toBe('one\ntwo\nthree\nfour');
		expect(asTypedText('a\r\n'.repeat(3))).toHaveLength(6);
	});
});
