import { homeFor } from '$lib/server/auth/access';

export const load = ({ locals }) => ({ home: locals.user ? homeFor(locals.user) : null });
