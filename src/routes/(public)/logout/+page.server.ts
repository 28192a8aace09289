import { redirect } from '@sveltejs/kit';
import { recordAuditEventAlone } from '$lib/server/audit';
import { deleteSessionCookie, invalidateSession } from '$lib/server/auth/session';

export const actions = {
	default: ({ locals, cookies, url }) => {
		if (locals.session && locals.user) {
			invalidateSession(locals.session.id);
			recordAuditEventAlone({
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
