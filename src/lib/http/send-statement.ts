import { fail } from '@sveltejs/kit';
import type { SendOutcome, SendRefusal } from '$lib/server/say/send-form';
import type { PostedVoiceNotes } from '$lib/server/voice/form';

/** The HTTP status of each refused send; the form is shown again with what was typed. */
const STATUS: Record<SendRefusal, number> = {
	answers: 400,
	no_form_key: 400,
	someone_elses_key: 409,
	sent_before_with_other_words: 409,
	not_saved: 503
};

export function refusedSend(outcome: Extract<SendOutcome, { sent: false }>) {
	return fail(STATUS[outcome.refusal], outcome.form);
}

/** Words too long even for a draft are given back with "too long", every word in the box, and nothing is stored. */
export const draftRefused = (
	errors: Record<string, string>,
	values: Record<string, string>,
	step?: number
) => fail(400, { values, errors, step });

/** A recording that could not be kept is said at its question; nothing of the page is stored. */
export const voiceRefused = (
	voice: PostedVoiceNotes,
	values: Record<string, string>,
	step?: number
) =>
	fail(400, {
		values,
		errors: Object.fromEntries(Object.entries(voice.refused).map(([id, r]) => [id, `voice_${r}`])),
		step
	});
