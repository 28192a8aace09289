import { m } from '$lib/paraglide/messages.js';
import type { SendTrouble } from '$lib/forms/trouble';

/**
 * Where to sign in and come back to this form. Simple mode comes back to the question the
 * child was on; the words themselves are kept on the phone, not in the address.
 */
export function signInAgainHref(pathname: string, step: number | null): string {
	const back = step === null ? pathname : `${pathname}?step=${step}`;
	return `/login?next=${encodeURIComponent(back)}`;
}

/**
 * The button to tap again when a try did not go through, named when it was not Send: a
 * simple-mode step (Next, Back) or "Save and finish later" sends nothing to the worker, so
 * "tap Send again" would point at a button that is not there, or at the wrong one.
 */
export function retryButton(action: URL, formData: FormData): string | null {
	if (action.search === '?/step')
		return formData.get('direction') === 'back' ? m.form_back() : m.form_next();
	if (action.search === '?/save') return m.form_save_later();
	return null;
}

/**
 * What went wrong, in words: this try's trouble first, else what the page's action said
 * (`formError`); null when nothing did. Signed out is said apart, with a way back. `retry`
 * is the button tapped when it was not Send (retryButton).
 */
export function troubleWords(
	trouble: SendTrouble | null,
	formError: string | undefined,
	retry: string | null = null
): string | null {
	if (trouble === 'too_long') return m.form_too_long_to_send();
	if (retry && trouble === 'no_answer') return m.form_no_signal_tap_again({ button: retry });
	if (retry && trouble === 'failed') return m.form_failed_tap_again({ button: retry });
	if (trouble === 'failed' || trouble === 'no_answer') return m.form_send_failed();
	if (trouble || !formError) return null;
	if (formError === 'not_saved') return m.form_not_saved();
	if (formError === 'sent_before_with_other_words') return m.form_sent_before_other_words();
	return m.form_send_failed();
}
