import { summariseTeamsForManager } from '$lib/server/statements/queries';

export const load = ({ locals }) => ({ workers: locals.user ? summariseTeamsForManager(locals.user) : [] });
