import { and, eq, ne } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db, transaction } from '../db';
import { sessions, users } from '../db/schema';
import { hashPassword, verifyPassword } from './password';

/**
 * Changes a password after checking the current one, and ends every other
 * session of the account: a phone that was lost or shared is signed out.
 */
export async function changePassword(
	userId: string,
	currentSessionId: string,
	current: string,
	next: string,
	now = new Date()
): Promise<'changed' | 'wrong_password'> {
	const user = (
		await db()
			.select({ passwordHash: users.passwordHash })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, current)))
		return 'wrong_password';
	const passwordHash = await hashPassword(next);
	await transaction(async (tx) => {
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
