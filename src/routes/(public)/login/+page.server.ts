import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { homeFor } from '$lib/server/auth/access';
import { findClosedAccountHelp } from '$lib/server/auth/closed-account';
import { MAX_PASSWORD_LENGTH } from '$lib/server/auth/password';
import {
	createSession,
	generateSessionToken,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { pageAfterSignIn } from '$lib/server/auth/next-page';
import { signIn } from '$lib/server/auth/sign-in';
import { needsSecondStep } from '$lib/server/auth/second-step';
import { startChallenge } from '$lib/server/auth/sign-in-challenge';
import { ssoEnvironment, ssoOffered } from '$lib/server/auth/sso/config';
import { SSO_REFUSALS, type SsoRefusal } from '$lib/server/auth/sso/sign-in';
import { getSetting } from '$lib/server/settings';

const SignInForm = z.object({
	identifier: z.string().trim().min(1).max(254),
	password: z.string().min(1).max(MAX_PASSWORD_LENGTH)
});

const isRefusal = (reason: string | null): reason is SsoRefusal =>
	SSO_REFUSALS.includes(reason as SsoRefusal);

export const load = async ({ locals, url }) => {
	if (locals.user) redirect(303, homeFor(locals.user));
	const refusal = url.searchParams.get('sso');
	const next = url.searchParams.get('next');
	return {
		signedOut: url.searchParams.has('signed_out'),
		// A plain link, so it works without JavaScript; `next` goes along to come back to.
		sso: (await ssoOffered())
			? { href: `/login/sso${next ? `?next=${encodeURIComponent(next)}` : ''}` }
			: null,
		ssoName: ssoEnvironment()?.name ?? null,
		ssoRefusal: isRefusal(refusal) ? refusal : null,
		organisation: await getSetting('organisationName')
	};
};

export const actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = Object.fromEntries(await request.formData());
		const identifier = typeof form.identifier === 'string' ? form.identifier.slice(0, 254) : '';
		const parsed = SignInForm.safeParse(form);
		if (!parsed.success) return fail(400, { identifier, error: 'missing' as const });

		const result = await signIn(parsed.data.identifier, parsed.data.password, getClientAddress());
		if (!result.ok && result.reason === 'account_closed') {
			return fail(403, {
				identifier,
				error: result.reason,
				closed: await findClosedAccountHelp(result.userId)
			});
		}
		if (!result.ok && result.reason === 'sso_required')
			return fail(403, { identifier, error: result.reason });
		if (!result.ok)
			return fail(result.reason === 'too_many_tries' ? 429 : 400, {
				identifier,
				error: result.reason
			});

		// Break glass (ADR 26): an administrator's password while staff use single sign-on.
		if (result.breakGlass || (await needsSecondStep(result.userId))) {
			await startChallenge(cookies, result.userId, url.protocol === 'https:');
			const next = url.searchParams.get('next');
			redirect(303, `/login/two-step${next ? `?next=${encodeURIComponent(next)}` : ''}`);
		}
		// A fresh token on every sign-in: a session fixed before sign-in is never promoted.
		const token = generateSessionToken();
		const session = await createSession(
			token,
			result.userId,
			new Date(),
			request.headers.get('user-agent')
		);
		setSessionCookie(cookies, token, session.expiresAt, url.protocol === 'https:');
		const { user } = await validateSessionToken(token);
		redirect(303, user ? pageAfterSignIn(url.searchParams.get('next'), url.origin, user) : '/');
	}
};
