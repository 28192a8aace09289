import { fail } from '@sveltejs/kit';
import type { SendOutcome, SendRefusal } from '$lib/server/say/send-form';

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
