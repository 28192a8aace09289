import { redirect } from '@sveltejs/kit';
import { recordAuditEventAlone } from '$lib/server/audit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';

export const actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session && locals.user) {
			await invalidateSession(locals.session.id);
			await recordAuditEventAlone({
				actorId: locals.user.id,
				action: 'sign_out',
				subjectType: 'user',
				subjectId: locals.user.id
			});
		}
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, '/login?signed_out=1');
	}
};
