import { homeFor } from '$lib/server/auth/access';

export const load = ({ locals }) => ({
	home: locals.user ? homeFor(locals.user) : null,
	// Help is public, but a young person reading it keeps their own menu and their way out.
	youngPerson: locals.user?.roles.includes('young_person') ?? false
});
