import { error, redirect } from '@sveltejs/kit';
import type { Role } from '$lib/vocabulary';
import type { SessionUser } from '$lib/server/auth/session';

/** For actions and loads that need the acting user to hold a role: sign in first, or 403. */
export function requireRole(user: SessionUser | null, ...roles: Role[]): SessionUser {
	if (!user) redirect(303, '/login');
	if (!roles.some((role) => user.roles.includes(role))) error(403, 'Forbidden');
	return user;
}
