import { pseudonym } from './pseudonym';
import { eq, or } from 'drizzle-orm';
import { recordAuditEvent, recordAuditEventAlone } from '../audit';
import { db, transaction } from '../db';
import { users } from '../db/schema';
import { decoyPasswordHash, verifyPassword } from './password';
import { passwordRuleFor } from './sso/policy';
import {
	recordSuccessfulSignIn,
	releaseSignInAttempt,
	reserveSignInAttempt
} from './sign-in-throttle';

type SignInResult =
	/** `breakGlass`: an administrator while staff must use single sign-on, always asked for a second step. */
	| { ok: true; userId: string; breakGlass?: true }
	| { ok: false; reason: 'wrong_details' | 'too_many_tries' }
	/** Only ever after the right password: the account is closed (archived or switched off). */
	| { ok: false; reason: 'account_closed'; userId: string }
	/** Only ever after the right password: this member of staff signs in with single sign-on. */
	| { ok: false; reason: 'sso_required' };

/**
 * Staff sign in with their email, young people with their username; one box
 * takes either. Every failure gives the same answer whatever went wrong, so the
 * page never reveals whether an account exists; only someone who knows the
 * password is told that the account is closed.
 */
export async function signIn(
	identifier: string,
	password: string,
	address: string,
	now = new Date()
): Promise<SignInResult> {
	const name = identifier.trim().toLowerCase();
	const user = (
		await db()
			.select()
			.from(users)
			.where(or(eq(users.email, name), eq(users.username, name)))
			.limit(1)
	)[0];
	// Counted by pseudonyms: the throttle and known places never keep an address or a typed name.
	const attempt = {
		name: pseudonym('name', name),
		address: pseudonym('address', address),
		userId: user?.id ?? null
	};
	// Counted before the slow hash check, so attempts sent at once cannot all slip under the limit.
	const reservation = await reserveSignInAttempt(attempt, now);
	if (!reservation) {
		await recordAuditEventAlone(
			{
				actorId: user?.id ?? null,
				action: 'sign_in_failed',
				subjectType: 'user',
				subjectId: user?.id,
				detail: { reason: 'locked' }
			},
			now
		);
		return { ok: false, reason: 'too_many_tries' };
	}

	const hash = user?.passwordHash ?? (await decoyPasswordHash());
	const passwordMatches = await verifyPassword(hash, password);

	if (!user || !user.passwordHash || !passwordMatches) {
		await recordAuditEventAlone(
			{
				actorId: user?.id ?? null,
				action: 'sign_in_failed',
				subjectType: 'user',
				subjectId: user?.id
			},
			now
		);
		return { ok: false, reason: 'wrong_details' };
	}

	const rule = user.active ? await passwordRuleFor(user.id) : null;
	if (!user.active || rule === 'sso_only') {
		await transaction(async (tx) => {
			await releaseSignInAttempt(tx, reservation, now);
			await recordAuditEvent(
				tx,
				{
					actorId: user.id,
					action: 'sign_in_failed',
					subjectType: 'user',
					subjectId: user.id,
					detail: { reason: user.active ? 'sso_required' : 'closed' }
				},
				now
			);
		});
		return user.active
			? { ok: false, reason: 'sso_required' }
			: { ok: false, reason: 'account_closed', userId: user.id };
	}

	const breakGlass = rule === 'break_glass';
	await transaction(async (tx) => {
		await recordSuccessfulSignIn(tx, reservation, { ...attempt, userId: user.id }, now);
		await recordAuditEvent(
			tx,
			{
				actorId: user.id,
				action: 'sign_in',
				subjectType: 'user',
				subjectId: user.id,
				...(breakGlass ? { detail: { breakGlass } } : {})
			},
			now
		);
	});
	return breakGlass ? { ok: true, userId: user.id, breakGlass } : { ok: true, userId: user.id };
}
