import { m } from '$lib/paraglide/messages.js';
import { VOICE_MAX_MEGABYTES, VOICE_MAX_SECONDS } from '$lib/voice-limits';
import { currentLocale, type Locale } from '$lib/locale';

/** Why a recording was not taken, in words a child reads, for the error the server gave. */
export function voiceErrorWords(error: string): string {
	switch (error) {
		case 'voice_too_big':
			return m.err_voice_too_big({ megabytes: VOICE_MAX_MEGABYTES });
		case 'voice_too_long':
			return m.err_voice_too_long({ minutes: VOICE_MAX_SECONDS / 60 });
		case 'voice_empty':
			return m.err_voice_empty();
		default:
			return m.err_voice_not_audio();
	}
}

/**
 * How a child is told their own recording is there: "Your recording is 12 seconds long.",
 * or "about 2 minutes" past a minute (a child reads whole minutes more easily than "1 min 12 s").
 */
export function ownRecordingWords(
	durationMs: number | null,
	locale: Locale = currentLocale()
): string {
	if (durationMs === null) return m.voice_yours({}, { locale });
	const seconds = Math.max(1, Math.round(durationMs / 1000));
	return seconds < 60
		? m.voice_yours_seconds({ seconds }, { locale })
		: m.voice_yours_minutes({ minutes: Math.round(seconds / 60) }, { locale });
}
