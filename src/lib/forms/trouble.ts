import type { ActionResult } from '@sveltejs/kit';

/**
 * Why a form sent by script did not go through, each of which the sender is told differently:
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
