import type { Cookies } from '@sveltejs/kit';
import { z } from 'zod';

/**
 * Between sending someone to the identity provider and their coming back: the state, nonce and
 * PKCE verifier, in an httpOnly, SameSite=Lax cookie only the sign-in addresses receive (Lax, so
 * it comes back with the provider's redirect, a top-level GET). It lasts ten minutes and is
 * cleared as soon as the answer arrives, so the same answer cannot be used twice from here, and
 * the provider accepts each code once.
 */

export const PENDING_COOKIE = 'heard_sso';
const PATH = '/login/sso';
export const PENDING_MS = 10 * 60 * 1000;

const Pending = z.object({
	state: z.string().min(16).max(200),
	nonce: z.string().min(16).max(200),
	verifier: z.string().min(43).max(128),
	next: z.string().max(2000).nullable(),
	startedAt: z.number()
});
export type PendingSsoSignIn = z.infer<typeof Pending>;

export function keepPending(cookies: Cookies, pending: PendingSsoSignIn, secure: boolean): void {
	cookies.set(PENDING_COOKIE, Buffer.from(JSON.stringify(pending)).toString('base64url'), {
		path: PATH,
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: PENDING_MS / 1000
	});
}

/** Read once: the cookie is cleared whatever it held, and only a fresh one counts. */
export function takePending(
	cookies: Cookies,
	secure: boolean,
	now = new Date()
): PendingSsoSignIn | null {
	const raw = cookies.get(PENDING_COOKIE);
	if (raw === undefined) return null;
	cookies.delete(PENDING_COOKIE, { path: PATH, httpOnly: true, sameSite: 'lax', secure });
	let parsed;
	try {
		parsed = Pending.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
	} catch {
		return null;
	}
	if (!parsed.success) return null;
	const age = now.getTime() - parsed.data.startedAt;
	return age >= 0 && age < PENDING_MS ? parsed.data : null;
}
