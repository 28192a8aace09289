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
