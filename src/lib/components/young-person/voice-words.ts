import { m } from '$lib/paraglide/messages.js';
import { VOICE_MAX_MEGABYTES, VOICE_MAX_SECONDS } from '$lib/voice-limits';

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
