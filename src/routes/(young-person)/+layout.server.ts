import { error } from '@sveltejs/kit';
import { findOwnRecord } from '$lib/server/young-people/queries';

export const load = async ({ locals }) => {
	// The hook has checked the role; an archived record has no way in.
	const me = locals.user ? await findOwnRecord(locals.user) : null;
	if (!me) error(403, 'Forbidden');
	return { me };
};
