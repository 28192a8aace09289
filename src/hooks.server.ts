import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { decideAccess } from '$lib/server/auth/access';
import { readsComplaints } from '$lib/server/complaints/queries';
import {
	SESSION_COOKIE,
	deleteSessionCookie,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { startRetentionSchedule } from '$lib/server/data-rights/retention-schedule';
import { prepareDatabase } from '$lib/server/startup';
import { databasePath } from '$lib/server/db';
import { rememberingReads } from '$lib/server/db/request-reads';
import { explainStorageFailure } from '$lib/server/db/storage-failure';
import { startBackgroundTasks } from '$lib/server/background-tasks';
import { exitOnShutdown } from '$lib/server/shutdown';
import { building } from '$app/environment';
import { findPagePreferences } from '$lib/server/young-people/queries';
import { markKeptPage } from '$lib/http/hooks/kept-pages';
import { answerRefusedPost, refuseUnreadableForms } from '$lib/http/hooks/refuse-unreadable-forms';
import { asLocale, directionOf } from '$lib/languages';
import { enabledLocales } from '$lib/server/languages';
import { LANGUAGE_COOKIE, chooseLocale } from '$lib/server/languages/choose';
import { drawInLocale } from '$lib/server/languages/request-locale';
import { securityHeaders } from '../scripts/security-headers.js';
import { m } from '$lib/paraglide/messages.js';

export const init: ServerInit = async () => {
	try {
		await prepareDatabase();
	} catch (error) {
		const explained = building ? null : explainStorageFailure(error, databasePath());
		if (!explained) throw error;
		// Said once, plainly, for whoever runs Heard: a stack trace would hide what to do.
		console.error(explained);
		process.exit(1);
	}
	// Escalation and mail delivery run in this process; never while building or under unit tests.
	if (!building && !process.env.VITEST) {
		const stopBackgroundTasks = await startBackgroundTasks();
		// Retention's daily run; unit tests drive it themselves, with their own clock.
		startRetentionSchedule();
		exitOnShutdown(stopBackgroundTasks);
	}
};

const identify: Handle = async ({ event, resolve }) => {
	const secure = event.url.protocol === 'https:';
	const token = event.cookies.get(SESSION_COOKIE);
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user, renewed } = await validateSessionToken(token);
		if (session) {
			if (renewed) setSessionCookie(event.cookies, token, session.expiresAt, secure);
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

/**
 * The page's language, for this request only (Paraglide's middleware keeps it per request,
 * so two people's pages never mix). It and a young person's text size go on <html> on the
 * server, so they work without JavaScript; both are read after any form action that has
 * just changed them.
 */
const localise: Handle = async ({ event, resolve }) => {
	const user = event.locals.user;
	const ownPage = user?.roles.includes('young_person') ? await findPagePreferences(user.id) : null;
	const locale = chooseLocale({
		signedIn: user !== null,
		stored: asLocale(ownPage?.language),
		cookie: asLocale(event.cookies.get(LANGUAGE_COOKIE)),
		enabled: await enabledLocales()
	});
	return drawInLocale(event.request, locale, () =>
		resolve(event, {
			transformPageChunk: async ({ html }) => {
				if (!html.includes('<html lang="en">')) return html;
				// Read again only after a form, which may just have changed them.
				const preferences =
					user && ownPage && event.request.method !== 'GET'
						? await findPagePreferences(user.id)
						: ownPage;
				const textSize = preferences ? ` class="text-${preferences.textSize}"` : '';
				return html.replace(
					'<html lang="en">',
					() => `<html lang="${locale}" dir="${directionOf(locale)}"${textSize}>`
				);
			}
		})
	);
};

/** Deny by default: the route table in access.ts decides every request. */
const enforceAccess: Handle = async ({ event, resolve }) => {
	const decision = await decideAccess(event.route.id, event.locals.user, readsComplaints);
	if (decision === 'allow') return resolve(event);

	const wantsPage =
		event.request.method === 'GET' &&
		(event.request.headers.get('accept') ?? '').includes('text/html');
	if (decision === 'sign_in_first') {
		// A post that arrives signed out (the session ended mid-form) is still refused, never
		// run; but the person is told so, with a way to sign in and come back to the page, in
		// whatever form their sender reads: an action result to a form sent by script, a page
		// to a form posted without JavaScript, and the plain words as before to anything else.
		if (event.request.method === 'POST') {
			return answerRefusedPost(event.request, {
				status: 401,
				title: m.error_signed_out_title(),
				body: m.error_signed_out_body(),
				// The page, not the action (`?/send`): signing in comes back to the form.
				link: {
					href: `/login?next=${encodeURIComponent(event.url.pathname)}`,
					text: m.nav_sign_in()
				},
				plain: 'Please sign in.'
			});
		}
		if (!wantsPage) return new Response('Please sign in.', { status: 401 });
		const next = event.url.pathname + event.url.search;
		return new Response(null, {
			status: 303,
			headers: { location: `/login?next=${encodeURIComponent(next)}` }
		});
	}
	if (!wantsPage) return new Response('You do not have access to this.', { status: 403 });
	// Render the friendly "not for you" page, but at this URL and with status 403.
	const page = await event.fetch('/forbidden');
	return new Response(page.body, { status: 403, headers: page.headers });
};

/**
 * A report asked for with choices that cannot be used (a date like 2026-99-99) is a bad request:
 * the page still draws, with its notice and a fallback report, so a person can fix the choices,
 * but answers 400. Anything else (the CSV) gets the notice as plain words. A page's data fetched
 * by its own script keeps its 200, so the page in the browser can show the notice.
 */
const answerRejectedReportChoices: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!event.locals.reportChoicesRejected || event.isDataRequest) return response;
	if ((response.headers.get('content-type') ?? '').startsWith('text/html')) {
		return new Response(response.body, { status: 400, headers: response.headers });
	}
	await response.body?.cancel();
	const problems = event.locals.reportProblems ?? [];
	const words = problems.length
		? [m.report_form_rejected_because(), ...problems].join('\n')
		: m.report_form_rejected();
	return new Response(words, {
		status: 400,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
};

const addSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(securityHeaders(event.url.protocol === 'https:')))
		response.headers.set(name, value);
	// Devices are often shared: nobody's page may be kept in a cache or shown again by Back.
	if (event.locals.user) response.headers.set('cache-control', 'no-store');
	// The one exception: a young person's own pages, kept on their phone for no signal.
	await markKeptPage(event, response);
	return response;
};

/** Rows a request reads more than once are read once, until it writes (db/request-reads.ts). */
const readOnce: Handle = ({ event, resolve }) => rememberingReads(() => resolve(event));

export const handle = sequence(
	readOnce,
	addSecurityHeaders,
	identify,
	localise,
	enforceAccess,
	refuseUnreadableForms,
	answerRejectedReportChoices
);

export const handleError: HandleServerError = ({ error, status }) => {
	// 4xx answers (not found, method not allowed, too large) are the client's; only our faults are logged.
	if (status >= 500) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Something went wrong' };
};
