import { enhance } from '$app/forms';
import type { SubmitFunction } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { troubleWith, type SendTrouble } from './trouble';

/**
 * `use:sendKeepingWords` in place of `use:enhance`, on every form but the say form (which has
 * its own, with a copy on the phone). SvelteKit answers a post that never reached the page's
 * action (too long: 413, signed out: 401, no signal, the server at fault) by drawing the error
 * page, which throws away whatever was typed. Here the form stays as it was, with every word,
 * and a message at its top says what happened and what to do.
 */
export function sendKeepingWords(form: HTMLFormElement, submit?: SubmitFunction) {
	return enhance(form, async (input) => {
		showTrouble(form, null);
		const after = await submit?.(input);
		return async (result) => {
			const trouble = troubleWith(result.result);
			if (trouble) showTrouble(form, trouble);
			else if (after) await after(result);
			else await result.update();
		};
	});
}

/** Young people's pages are all under /me, and are told in their own words and language. */
function wordsFor(trouble: SendTrouble): string {
	if (/^\/me(\/|$)/.test(location.pathname)) {
		if (trouble === 'too_long') return m.form_too_long_to_send();
		if (trouble === 'signed_out') return m.error_signed_out_body();
		return m.form_send_failed();
	}
	if (trouble === 'too_long') return m.staff_form_too_long();
	if (trouble === 'signed_out') return m.staff_form_signed_out();
	if (trouble === 'no_answer') return m.staff_form_no_answer();
	return m.staff_form_failed();
}

/** The message sits first in the form, where the person's eyes and screen reader go. */
function showTrouble(form: HTMLFormElement, trouble: SendTrouble | null) {
	let said = form.querySelector<HTMLElement>(':scope > [data-form-trouble]');
	if (!trouble) return said?.remove();
	if (!said) {
		said = document.createElement('p');
		said.className = 'form-error';
		said.setAttribute('role', 'alert');
		said.dataset.formTrouble = '';
		said.tabIndex = -1;
		form.prepend(said);
	}
	said.textContent = wordsFor(trouble);
	said.focus();
}
