import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { whyFormPostIsUnreadable, type UnreadableForm } from '$lib/server/form-posts';

const UNREADABLE_STATUS: Record<UnreadableForm, number> = {
	reserved_action: 404,
	not_a_form: 415,
	unreadable: 400,
	has_file: 400,
	too_large: 413
};

/** The one form that may carry a recording (ADR 37). */
const VOICE_ROUTES = new Set(['/(young-person)/me/say/[kind]']);

/**
 * A post no form of ours could have sent is answered here with a 4xx and plain words, before an
 * action trips over it (a 500). Answered, not thrown, so the security headers still go on it.
 */
export const refuseUnreadableForms: Handle = async ({ event, resolve }) => {
	if (event.request.method !== 'POST' || !event.route.id) return resolve(event);
	const why = await whyFormPostIsUnreadable(
		event.request,
		event.url,
		VOICE_ROUTES.has(event.route.id)
	);
	if (!why) return resolve(event);
	const message =
		why === 'reserved_action'
			? m.error_not_found_title()
			: `${m.error_bad_form_title()}. ${m.error_bad_form_body()}`;
	const status = UNREADABLE_STATUS[why];
	// A form sent by script (use:enhance) reads the answer as an action result.
	if ((event.request.headers.get('accept') ?? '').includes('application/json')) {
		return Response.json({ type: 'error', error: { message } }, { status });
	}
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
