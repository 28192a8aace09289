import { m } from '$lib/paraglide/messages.js';

/**
 * What the counter under a box of words says. Over the limit it says how many letters too
 * many, never a negative number of letters left: "-98000 letters left" tells a child nothing
 * about what to do.
 */
export function letterCount(length: number, max: number): string {
	if (length === 0) return m.form_max_letters({ max });
	if (length > max) return m.form_letters_too_many({ n: length - max });
	return m.form_letters_left({ n: max - length });
}
