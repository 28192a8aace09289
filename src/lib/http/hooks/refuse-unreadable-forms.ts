import type { Handle } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { getLocale } from '$lib/paraglide/runtime.js';
import { directionOf } from '$lib/languages';
import { isFormType, whyFormPostIsUnreadable, type UnreadableForm } from '$lib/server/form-posts';

const UNREADABLE_STATUS: Record<UnreadableForm, number> = {
	reserved_action: 404,
	not_a_form: 415,
	unreadable: 400,
	has_file: 400,
	too_large: 413
};

/** The one form that may carry a recording (ADR 37). */
const VOICE_ROUTES = new Set(['/(young-person)/me/say/[kind]']);

/** What a refused post says, as a page and, for senders that are not browsers, as plain words. */
export interface Refusal {
	status: number;
	title: string;
	body: string;
	/** The way on from the page: to sign in, say. */
	link?: { href: string; text: string };
	/** The answer's words for a sender that is not a browser form. */
	plain: string;
}

const escapeHtml = (text: string) =>
	text.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);

// The page is drawn here, not by the app, so it carries its own policy: nothing but its own
// words and style attributes (the app's CSP allows those too), and no script at all.
const PAGE_POLICY =
	"default-src 'none'; style-src-attr 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * A small page of its own, in the request's language, for a refusal that comes before any page
 * of the app can draw (the access check, the form checks). A form posted without JavaScript
 * shows whatever comes back, so it must be words a child can read and a way on, never bare text.
 */
export function refusalPage({ status, title, body, link }: Refusal): Response {
	const locale = getLocale();
	const way = link
		? `<p><a href="${escapeHtml(link.href)}" style="display:inline-block;min-height:3rem;padding:0.75rem 1.25rem;border-radius:0.75rem;background:#1d4f91;color:#fff;font-weight:600;text-decoration:none">${escapeHtml(link.text)}</a></p>`
		: '';
	const html = `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${directionOf(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${escapeHtml(m.app_name())}</title>
</head>
<body style="margin:0;font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;line-height:1.5;color:#1b1f24;background:#f3f5f8">
<main id="main" style="max-width:40rem;margin:0 auto;padding:1.5rem">
<h1 style="font-size:1.75rem;line-height:1.25">${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
${way}
</main>
</body>
</html>
`;
	return new Response(html, {
		status,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-security-policy': PAGE_POLICY,
			'cache-control': 'no-store'
		}
	});
}

/**
 * A refused post, answered the way its sender reads answers: a form sent by script
 * (use:enhance) reads an action result, whose status tells the page what went wrong; a form a
 * browser posted itself shows the answer as a page; anything else (a script, a probe) gets the
 * plain words, with the same status.
 */
export function answerRefusedPost(request: Request, refusal: Refusal): Response {
	const accept = request.headers.get('accept') ?? '';
	if (accept.includes('application/json')) {
		return Response.json(
			{ type: 'error', error: { message: refusal.plain } },
			{ status: refusal.status }
		);
	}
	if (accept.includes('text/html') || isFormType(request)) return refusalPage(refusal);
	return new Response(refusal.plain, {
		status: refusal.status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}

/**
 * A post no form of ours could have sent is answered here with a 4xx and plain words, before an
 * action trips over it (a 500). Answered, not thrown, so the security headers still go on it.
 * Words too long are the exception: a real form sends them when someone pastes too much, so the
 * person is told so, and how to fix it.
 */
export const refuseUnreadableForms: Handle = async ({ event, resolve }) => {
	if (event.request.method !== 'POST' || !event.route.id) return resolve(event);
	const why = await whyFormPostIsUnreadable(
		event.request,
		event.url,
		VOICE_ROUTES.has(event.route.id)
	);
	if (!why) return resolve(event);
	const status = UNREADABLE_STATUS[why];
	if (why === 'too_large') {
		return answerRefusedPost(event.request, {
			status,
			title: m.error_too_long_title(),
			body: m.error_too_long_body(),
			plain: `${m.error_too_long_title()}. ${m.error_too_long_body()}`
		});
	}
	const message =
		why === 'reserved_action'
			? m.error_not_found_title()
			: `${m.error_bad_form_title()}. ${m.error_bad_form_body()}`;
	// A form sent by script (use:enhance) reads the answer as an action result.
	if ((event.request.headers.get('accept') ?? '').includes('application/json')) {
		return Response.json({ type: 'error', error: { message } }, { status });
	}
	return new Response(message, {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};
