import { recordAuditEventAlone } from '../../audit';
import { ssoOffered } from './config';
import { verifiedIdentity } from './openid';
import type { PendingSsoSignIn } from './pending';
import { findAccountByEmail } from './queries';

/** Why a single sign-on was refused; each has its own words on the sign-in page. */
export const SSO_REFUSALS = [
	'off',
	'unreachable',
	'expired',
	'cancelled',
	'not_checked',
	'unverified',
	'no_account',
	'young_person',
	'closed'
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];
export type SsoSignInResult = { ok: true; userId: string } | { ok: false; reason: SsoRefusal };

/** openid-client's words and, after them, the check that failed (its cause). */
function explain(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
	return `${error.name}: ${error.message}${cause}`;
}

/**
 * The identity provider's answer, checked, then matched to an existing, active staff account by
 * a verified email. Never makes an account and never signs in a young person (ADR 26). Every
 * outcome is audited as a password sign-in is, marked `via: 'sso'`.
 */
export async function finishSsoSignIn(
	callback: URL,
	pending: PendingSsoSignIn | null,
	now = new Date()
): Promise<SsoSignInResult> {
	const refuse = async (
		reason: SsoRefusal,
		detail: Record<string, unknown> = {},
		userId?: string
	) => {
		await recordAuditEventAlone(
			{
				actorId: userId ?? null,
				action: 'sign_in_failed',
				...(userId ? { subjectType: 'user', subjectId: userId } : {}),
				detail: { via: 'sso', reason, ...detail }
			},
			now
		);
		return { ok: false as const, reason };
	};
	const env = await ssoOffered();
	if (!env) return await refuse('off');
	// No cookie, an old one, or another sign-in's answer: start again (this is also a replay).
	if (!pending || callback.searchParams.get('state') !== pending.state)
		return await refuse('expired');
	if (callback.searchParams.has('error'))
		return await refuse('cancelled', { error: callback.searchParams.get('error')?.slice(0, 100) });

	let identity;
	try {
		identity = await verifiedIdentity(env, callback, pending);
	} catch (error) {
		// For whoever runs Heard: why the provider's answer did not check out (never a token).
		const why = explain(error);
		console.warn(`Single sign-on refused: ${why}`);
		return await refuse('not_checked', { why: why.slice(0, 300) });
	}
	const who = { subject: identity.subject.slice(0, 200) };
	if (!identity.email || !identity.emailVerified)
		return await refuse('unverified', { ...who, email: identity.email?.slice(0, 254) ?? null });
	const account = await findAccountByEmail(identity.email);
	if (!account || account.roles.length === 0)
		return await refuse('no_account', { ...who, email: identity.email.slice(0, 254) });
	if (account.roles.includes('young_person')) return await refuse('young_person', who, account.id);
	if (!account.active) return await refuse('closed', who, account.id);

	await recordAuditEventAlone(
		{
			actorId: account.id,
			action: 'sign_in',
			subjectType: 'user',
			subjectId: account.id,
			detail: { via: 'sso', ...who }
		},
		now
	);
	return { ok: true, userId: account.id };
}
