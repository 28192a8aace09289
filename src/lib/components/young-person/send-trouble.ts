import type { ActionResult } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';

/**
 * Why a form sent by script did not go through, each of which the child is told differently:
 * - `no_answer`: nothing came back (no signal); a send may wait on the phone;
 * - `signed_out`: the session ended (expired, replaced, "sign out everywhere"): the server
 *   answered 401, and trying again cannot work until they sign in;
 * - `too_long`: the form's words are over what any form may carry (413): trying again
 *   cannot work until they are shorter;
 * - `failed`: any other answer that is not the page's own result.
 */
export type SendTrouble = 'no_answer' | 'signed_out' | 'too_long' | 'failed';

/** The trouble with an action's result, or null when the page's action answered it. */
export function troubleWith(result: ActionResult): SendTrouble | null {
	if (result.type !== 'error') return null;
	// SvelteKit leaves the status out when no answer could be read at all.
	if (result.status === undefined) return 'no_answer';
	if (result.status === 401) return 'signed_out';
	if (result.status === 413) return 'too_long';
	return 'failed';
}

/**
 * Where to sign in and come back to this form. Simple mode comes back to the question the
 * child was on; the words themselves are kept on the phone, not in the address.
 */
export function signInAgainHref(pathname: string, step: number | null): string {
	const back = step === null ? pathname : `${pathname}?step=${step}`;
	return `/login?next=${encodeURIComponent(back)}`;
}

/**
 * What went wrong, in words: this try's trouble first, else what the page's action said
 * (`formError`); null when nothing did. Signed out is said apart, with a way back.
 */
export function troubleWords(
	trouble: SendTrouble | null,
	formError: string | undefined
): string | null {
	if (trouble === 'too_long') return m.form_too_long_to_send();
	if (trouble === 'failed') return m.form_send_failed();
	if (trouble || !formError) return null;
	if (formError === 'not_saved') return m.form_not_saved();
	if (formError === 'sent_before_with_other_words') return m.form_sent_before_other_words();
	return m.form_send_failed();
}
