import { describe, expect, it } from 'vitest';
import { ownRecordingWords } from './voice-words';

describe("a child's own recording, in words", () => {
	it('says seconds under a minute, one second for a very short one', () => {
		expect(ownRecordingWords(3_400, 'en')).toBe('Your recording is 3 seconds long.');
		expect(ownRecordingWords(200, 'en')).toBe('Your recording is 1 second long.');
		expect(ownRecordingWords(59_400, 'en')).toBe('Your recording is 59 seconds long.');
	});

	it('says whole minutes from a minute on', () => {
		expect(ownRecordingWords(72_000, 'en')).toBe('Your recording is about 1 minute long.');
		expect(ownRecordingWords(115_000, 'en')).toBe('Your recording is about 2 minutes long.');
	});

	it('still says it is there when its length is not known', () => {
		expect(ownRecordingWords(null, 'en')).toBe('Your recording');
	});

	it("uses each language's own plural forms", () => {
		expect(ownRecordingWords(3_000, 'pl')).toBe('Twoje nagranie trwa 3 sekundy.');
		expect(ownRecordingWords(5_000, 'pl')).toBe('Twoje nagranie trwa 5 sekund.');
		expect(ownRecordingWords(2_000, 'ar')).toBe('مدة تسجيلك ثانيتان.');
		expect(ownRecordingWords(21_000, 'uk')).toBe('Твій запис триває 21 секунду.');
	});
});
