import { eq } from 'drizzle-orm';
import { db } from '../../db';
import { userRoles } from '../../db/schema';
import { staffMustUseSso } from './config';

/**
 * Whether a password may sign this person in, once it is known to be right (ADR 26):
 * - young people always: single sign-on is for staff only;
 * - when the organisation requires single sign-on, other staff are sent to it;
 * - administrators keep the password as a way in if the identity provider fails
 *   ("break glass"), always with Heard's own second step.
 */
export type PasswordRule = 'allowed' | 'sso_only' | 'break_glass';

export async function passwordRuleFor(userId: string): Promise<PasswordRule> {
	if (!(await staffMustUseSso())) return 'allowed';
	const roles = (
		await db().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))
	).map((r) => r.role);
	if (roles.includes('young_person')) return 'allowed';
	return roles.includes('admin') ? 'break_glass' : 'sso_only';
}
