import { m } from '$lib/paraglide/messages.js';
import { currentLocale, type Locale } from '$lib/locale';

/** "1 min 12 s", "40 s": how long a voice note plays. */
export function voiceLengthWords(durationMs: number, locale: Locale = currentLocale()): string {
	const total = Math.max(1, Math.round(durationMs / 1000));
	const minutes = Math.floor(total / 60);
	const seconds = total % 60;
	return minutes > 0
		? m.staff_voice_length_minutes({ minutes, seconds }, { locale })
		: m.staff_voice_length_seconds({ seconds }, { locale });
}

/** "Voice note, 1 min 12 s", or just "Voice note" where its length is not known. */
export function voiceNoteWords(
	durationMs: number | null,
	locale: Locale = currentLocale()
): string {
	return durationMs === null
		? m.staff_voice_note_no_length({}, { locale })
		: m.staff_voice_note({ length: voiceLengthWords(durationMs, locale) }, { locale });
}
