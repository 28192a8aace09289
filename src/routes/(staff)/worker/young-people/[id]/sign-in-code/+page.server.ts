import { error } from '@sveltejs/kit';
import { letterWith } from '$lib/server/records/sign-in-code-letter';
import { requireRole } from '$lib/http/require-role';
import { findVisibleYoungPerson } from '$lib/server/staff/scope-prepared';
import { makeSignInCodeToHandOver } from '$lib/server/records/sign-in-codes';

export const load = async ({ params, locals }) => {
	const person = await findVisibleYoungPerson(locals.user!, params.id);
	if (!person) error(404, 'Not found');
	return {
		person: {
			id: person.id,
			preferredName: person.preferredName,
			hasAccount: person.userId !== null
		}
	};
};

export const actions = {
	/** Only the code's hash is kept: this response is the one time it is shown. */
	issue: async ({ params, locals, url }) => {
		const actor = requireRole(locals.user, 'worker', 'manager');
		const now = new Date();
		const made = await makeSignInCodeToHandOver(actor, params.id, now);
		if (!made) error(404, 'Not found');
		return { letter: await letterWith(made.code, params.id, url.origin, made.replacesSignIn, now) };
	}
};
