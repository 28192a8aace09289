import { redirect } from '@sveltejs/kit';
import { pageAfterSignIn } from '$lib/server/auth/next-page';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { takePending } from '$lib/server/auth/sso/pending';
import { finishSsoSignIn } from '$lib/server/auth/sso/sign-in';

/** Where the identity provider sends the browser back, with a code to trade for who signed in. */
export const GET = async ({ url, cookies, locals }) => {
	const secure = url.protocol === 'https:';
	const pending = takePending(cookies, secure);
	const result = await finishSsoSignIn(url, pending);
	if (!result.ok) redirect(303, `/login?sso=${result.reason}`);

	// Whoever was signed in on this browser before is signed out, and a fresh token is made.
	if (locals.session) await invalidateSession(locals.session.id);
	const token = generateSessionToken();
	const session = await createSession(token, result.userId);
	setSessionCookie(cookies, token, session.expiresAt, secure);
	const { user } = await validateSessionToken(token);
	redirect(303, user ? pageAfterSignIn(pending?.next ?? null, url.origin, user) : '/');
};
