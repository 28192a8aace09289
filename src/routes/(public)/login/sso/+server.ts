import { redirect } from '@sveltejs/kit';
import { homeFor } from '$lib/server/auth/access';
import { ssoOffered } from '$lib/server/auth/sso/config';
import { authorisationRequest } from '$lib/server/auth/sso/openid';
import { keepPending } from '$lib/server/auth/sso/pending';

/** "Sign in with …" is a plain link here: the browser is sent on to the identity provider. */
export const GET = async ({ locals, url, cookies }) => {
	if (locals.user) redirect(303, homeFor(locals.user));
	const env = await ssoOffered();
	if (!env) redirect(303, '/login?sso=off');
	const callback = new URL('/login/sso/callback', url.origin).href;
	const next = url.searchParams.get('next')?.slice(0, 2000) ?? null;
	let request;
	try {
		request = await authorisationRequest(env, callback, next);
	} catch (error) {
		console.error(`Single sign-on: the identity provider could not be reached: ${error}`);
		redirect(303, '/login?sso=unreachable');
	}
	keepPending(cookies, request.pending, url.protocol === 'https:');
	redirect(303, request.url.href);
};
