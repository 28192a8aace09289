import { staffHomesFor } from '$lib/server/auth/access';
import { countUnreadNotifications } from '$lib/server/notifications/queries';
import { readsComplaints } from '$lib/server/complaints/queries';

export const load = async ({ locals }) => {
	const worksWithChildren = !!locals.user?.roles.some((r) => r === 'worker' || r === 'manager');
	return {
		staffName: locals.user?.displayName ?? '',
		homes: locals.user ? staffHomesFor(locals.user) : [],
		// Only people who get notifications see the count; it is the number, never what they are about.
		unreadNotifications:
			worksWithChildren && locals.user ? await countUnreadNotifications(locals.user.id) : null,
		readsComplaints: !!locals.user && (await readsComplaints(locals.user.id))
	};
};
