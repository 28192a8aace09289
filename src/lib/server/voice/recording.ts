import { createHash } from 'node:crypto';
import { VOICE_MAX_BYTES, VOICE_MAX_SECONDS } from '$lib/voice-limits';

/** A recording that passed every check, ready to store. */
export interface Recording {
	contentType: string;
	bytes: Buffer;
	size: number;
	durationMs: number | null;
	digest: string;
}

export type RecordingRefusal = 'not_audio' | 'too_big' | 'too_long' | 'empty';

const startsWith = (bytes: Uint8Array, ascii: string, at = 0) =>
	bytes.length >= at + ascii.length &&
	[...ascii].every((c, i) => bytes[at + i] === c.charCodeAt(0));

/**
 * What kind of audio the bytes are, read from their own first bytes (a
 * browser's or a phone's label can say anything): WebM, Ogg, MP4/M4A, MP3 or
 * WAV. Null for anything else, whatever its name or label.
 */
export function audioTypeOf(bytes: Uint8Array): string | null {
	if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3)
		return 'audio/webm';
	if (startsWith(bytes, 'OggS')) return 'audio/ogg';
	if (startsWith(bytes, 'ftyp', 4)) return 'audio/mp4';
	if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WAVE', 8)) return 'audio/wav';
	if (startsWith(bytes, 'ID3')) return 'audio/mpeg';
	// An MP3 without tags starts with a frame: eleven set bits, then an MPEG version and layer III.
	if (bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0 && ((bytes[1] ?? 0) & 0x06) === 0x02)
		return 'audio/mpeg';
	return null;
}

/** A WAV's length from its header: the data chunk's size over the bytes it plays per second. */
export function wavDurationMs(bytes: Uint8Array): number | null {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	if (bytes.length < 44) return null;
	const byteRate = view.getUint32(28, true);
	let at = 12;
	while (at + 8 <= bytes.length) {
		const size = view.getUint32(at + 4, true);
		if (startsWith(bytes, 'data', at))
			return byteRate > 0
				? Math.round((Math.min(size, bytes.length - at - 8) / byteRate) * 1000)
				: null;
		at += 8 + size + (size % 2);
	}
	return null;
}

/**
 * Checks a recording and gives it back ready to store, or says why not. The
 * recorder's own count of seconds is taken only within the limit; a WAV's
 * header is read instead where there is one.
 */
export function checkRecording(
	bytes: Uint8Array,
	recorderSeconds?: number
): { ok: true; recording: Recording } | { ok: false; refusal: RecordingRefusal } {
	if (bytes.length === 0) return { ok: false, refusal: 'empty' };
	if (bytes.length > VOICE_MAX_BYTES) return { ok: false, refusal: 'too_big' };
	const contentType = audioTypeOf(bytes);
	if (!contentType) return { ok: false, refusal: 'not_audio' };
	const counted =
		recorderSeconds !== undefined && Number.isFinite(recorderSeconds) && recorderSeconds > 0
			? Math.round(Math.min(recorderSeconds, VOICE_MAX_SECONDS) * 1000)
			: null;
	const durationMs = contentType === 'audio/wav' ? wavDurationMs(bytes) : counted;
	// A second's grace: a recorder stopped at the limit can run a moment over it.
	if (durationMs !== null && durationMs > (VOICE_MAX_SECONDS + 1) * 1000)
		return { ok: false, refusal: 'too_long' };
	const buffer = Buffer.from(bytes);
	return {
		ok: true,
		recording: {
			contentType,
			bytes: buffer,
			size: buffer.length,
			durationMs,
			digest: createHash('sha256').update(buffer).digest('hex')
		}
	};
}
