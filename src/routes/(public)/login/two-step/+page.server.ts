import { fail, redirect, type Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { homeFor } from '$lib/server/auth/access';
import { pageAfterSignIn } from '$lib/server/auth/next-page';
import { confirmSecondStep, hasSecondStep } from '$lib/server/auth/second-step';
import {
	createSession,
	generateSessionToken,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { attemptSecondStep, endChallenge, findChallenge } from '$lib/server/auth/sign-in-challenge';
import { secondStepSetUp } from '$lib/server/auth/second-step-qr';
import { db } from '$lib/server/db';
import { users } from '$lib/server/db/schema';

const codeFrom = async (request: Request) =>
	String((await request.formData()).get('code') ?? '').slice(0, 40);

async function signInNow(
	cookies: Cookies,
	userId: string,
	secure: boolean,
	userAgent: string | null
) {
	await endChallenge(cookies, userId, secure);
	// A fresh token once both steps pass: nothing before this counted as signed in.
	const token = generateSessionToken();
	const session = await createSession(token, userId, new Date(), userAgent);
	setSessionCookie(cookies, token, session.expiresAt, secure);
	return (await validateSessionToken(token)).user;
}

export const load = async ({ cookies, url, locals }) => {
	const challenge = await findChallenge(cookies);
	// Just set up and signed in: the page shows the recovery codes the action returned.
	if ((!challenge || challenge.passedAt) && locals.user)
		return { mode: 'done' as const, setUp: null };
	if (!challenge) redirect(303, '/login');
	const { userId } = challenge;
	if (await hasSecondStep(userId)) return { mode: 'code' as const, setUp: null };
	const email = (
		await db().select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1)
	)[0];
	return { mode: 'set_up' as const, setUp: await secondStepSetUp(userId, email?.email ?? '', url) };
};

export const actions = {
	code: async ({ request, cookies, url }) => {
		const challenge = await findChallenge(cookies);
		if (!challenge) redirect(303, '/login');
		const { userId } = challenge;
		const result = await attemptSecondStep(challenge, await codeFrom(request));
		if (result === 'too_many_tries' || result === 'wrong_code')
			return fail(result === 'too_many_tries' ? 429 : 400, { error: result });
		const user = await signInNow(
			cookies,
			userId,
			url.protocol === 'https:',
			request.headers.get('user-agent')
		);
		redirect(303, user ? pageAfterSignIn(url.searchParams.get('next'), url.origin, user) : '/');
	},
	setUp: async ({ request, cookies, url }) => {
		const challenge = await findChallenge(cookies);
		if (!challenge) redirect(303, '/login');
		const { userId } = challenge;
		// Sent again after it passed, the confirm shows new recovery codes (confirmSecondStep).
		const codes = await confirmSecondStep(userId, await codeFrom(request));
		if (!codes) return fail(400, { error: 'wrong_code' as const });
		const user = await signInNow(
			cookies,
			userId,
			url.protocol === 'https:',
			request.headers.get('user-agent')
		);
		return { recoveryCodes: codes, home: user ? homeFor(user) : '/' };
	}
};
