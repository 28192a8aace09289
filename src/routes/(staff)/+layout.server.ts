import { staffHomesFor } from '$lib/server/auth/access';

export const load = ({ locals }) => ({
	staffName: locals.user?.displayName ?? '',
	homes: locals.user ? staffHomesFor(locals.user) : []
});
