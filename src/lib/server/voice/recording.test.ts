import { describe, expect, it } from 'vitest';
import { wavBytes } from '$tests/fixtures/wav';
import { VOICE_MAX_BYTES } from '$lib/voice-limits';
import { audioTypeOf, checkRecording } from './recording';

const bytesOf = (...parts: (string | number[])[]) =>
	new Uint8Array(
		parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p))
	);

describe('what a recording is, read from its own bytes', () => {
	it('knows WebM, Ogg, MP4, MP3 and WAV by their first bytes', () => {
		expect(audioTypeOf(bytesOf([0x1a, 0x45, 0xdf, 0xa3], 'rest'))).toBe('audio/webm');
		expect(audioTypeOf(bytesOf('OggS', [0, 2]))).toBe('audio/ogg');
		expect(audioTypeOf(bytesOf([0, 0, 0, 0x20], 'ftypM4A '))).toBe('audio/mp4');
		expect(audioTypeOf(bytesOf('ID3', [4, 0]))).toBe('audio/mpeg');
		expect(audioTypeOf(bytesOf([0xff, 0xfb, 0x90, 0x64]))).toBe('audio/mpeg');
		expect(audioTypeOf(wavBytes(0.5))).toBe('audio/wav');
	});

	it('refuses what is not audio, whatever it is called', () => {
		expect(audioTypeOf(bytesOf('I am not a recording'))).toBeNull();
		expect(audioTypeOf(bytesOf([0x89], 'PNG', [0x0d, 0x0a]))).toBeNull();
		expect(audioTypeOf(bytesOf('%PDF-1.7'))).toBeNull();
		expect(audioTypeOf(bytesOf('RIFF', [0, 0, 0, 0], 'AVI '))).toBeNull();
		expect(checkRecording(bytesOf('<html>hello</html>'))).toEqual({
			ok: false,
			refusal: 'not_audio'
		});
		expect(checkRecording(new Uint8Array())).toEqual({ ok: false, refusal: 'empty' });
	});
});

describe('checking a recording before it is stored', () => {
	it('takes a WAV with its length from its header, not from what the browser said', () => {
		const checked = checkRecording(wavBytes(72), 5);
		expect(checked.ok && checked.recording.durationMs).toBe(72_000);
		expect(checked.ok && checked.recording.contentType).toBe('audio/wav');
		expect(checked.ok && checked.recording.digest).toMatch(/^[0-9a-f]{64}$/);
	});

	it("takes the recorder's count of seconds for a WebM, within the limit", () => {
		const webm = bytesOf([0x1a, 0x45, 0xdf, 0xa3], 'opus');
		const counted = checkRecording(webm, 12.4);
		expect(counted.ok && counted.recording.durationMs).toBe(12_400);
		const wild = checkRecording(webm, 99_999);
		expect(wild.ok && wild.recording.durationMs).toBe(120_000);
		const none = checkRecording(webm, Number.NaN);
		expect(none.ok && none.recording.durationMs).toBeNull();
	});

	it('refuses a recording over the size limit, and one longer than two minutes', () => {
		const big = new Uint8Array(VOICE_MAX_BYTES + 1);
		big.set(wavBytes(0.1));
		expect(checkRecording(big)).toEqual({ ok: false, refusal: 'too_big' });
		expect(checkRecording(wavBytes(125))).toEqual({ ok: false, refusal: 'too_long' });
		expect(checkRecording(wavBytes(120)).ok).toBe(true);
	});
});
