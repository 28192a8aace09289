import { and, eq, ne } from 'drizzle-orm';
import { recordAuditEvent, recordAuditEventAlone } from '../audit';
import { db, transaction } from '../db';
import { sessions, users } from '../db/schema';
import { hashPassword, verifyPassword } from './password';
import { releaseAttempt, reserveAttempt } from './throttle';

/**
 * Wrong current passwords allowed within the throttle's window. Without a limit, whoever holds
 * a signed-in phone or an office screen left open could guess the password here, unseen, and
 * keep the account after the session ends. Counted for the account, wherever it is typed.
 */
export const PASSWORD_CHECK_LIMIT = 5;

/**
 * Changes a password after checking the current one, and ends every other
 * session of the account: a phone that was lost or shared is signed out.
 * Every wrong current password is counted and written to the audit log.
 */
export async function changePassword(
	userId: string,
	currentSessionId: string,
	current: string,
	next: string,
	now = new Date()
): Promise<'changed' | 'wrong_password' | 'too_many_tries'> {
	const audited = { actorId: userId, subjectType: 'user', subjectId: userId };
	// Counted before the slow check, so guesses sent at once cannot all slip under the limit.
	const reservation = await reserveAttempt(
		[{ key: `password-check:${userId}`, limit: PASSWORD_CHECK_LIMIT, applies: true }],
		now
	);
	if (!reservation) {
		await recordAuditEventAlone({ ...audited, action: 'password_checks_stopped' }, now);
		return 'too_many_tries';
	}
	const user = (
		await db()
			.select({ passwordHash: users.passwordHash })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current))) {
		await recordAuditEventAlone({ ...audited, action: 'password_check_failed' }, now);
		return 'wrong_password';
	}
	const passwordHash = await hashPassword(next);
	await transaction(async (tx) => {
		await releaseAttempt(tx, reservation, now);
		await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
		await tx
			.delete(sessions)
			.where(and(eq(sessions.userId, userId), ne(sessions.id, currentSessionId)));
		await recordAuditEvent(
			tx,
			{ actorId: userId, action: 'password_changed', subjectType: 'user', subjectId: userId },
			now
		);
	});
	return 'changed';
}

/** What the account signs in with (a username, or a staff email), which a new password must not hold. */
export async function signInNames(userId: string): Promise<string[]> {
	const user = (
		await db()
			.select({ username: users.username, email: users.email })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	return [user?.username, user?.email].filter((name): name is string => !!name);
}
