import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { endAllOtherSessions, endOtherSession, listOwnSessions } from '$lib/server/auth/signed-in';

/**
 * "Where you are signed in", for staff (/account/sessions) and young people
 * (/me/settings/signed-in): the same list and the same two actions, each confirmed on the page
 * first (a link to ?end=… draws the question; its form posts), so it works without JavaScript.
 */
export async function loadSignedIn({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
	const user = locals.user;
	const current = locals.session;
	if (!user || !current) redirect(303, '/login');
	const list = await listOwnSessions(user.id, current.id);
	const asked = url.searchParams.get('end');
	const confirming =
		asked === 'others'
			? ('others' as const)
			: (list.find((s) => s.id === asked && !s.current) ?? null);
	return { sessions: list, confirming };
}

export const signedInActions = {
	end: async ({ request, locals }: RequestEvent) => {
		if (!locals.user || !locals.session) redirect(303, '/login');
		const id = String((await request.formData()).get('session') ?? '').slice(0, 100);
		const ended = await endOtherSession(locals.user, locals.session.id, id);
		if (!ended.ok) return fail(404, { gone: true });
		return { endedOne: true };
	},
	others: async ({ locals }: RequestEvent) => {
		if (!locals.user || !locals.session) redirect(303, '/login');
		const ended = await endAllOtherSessions(locals.user, locals.session.id);
		return { endedOthers: ended.ok ? ended.ended : 0 };
	}
};
