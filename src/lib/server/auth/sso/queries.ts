import { eq, sql } from 'drizzle-orm';
import { db } from '../../db';
import { userRoles, users } from '../../db/schema';

/** The account whose email is this one, in any letter case, with its roles; null if none. */
export async function findAccountByEmail(email: string) {
	const user = (
		await db()
			.select({ id: users.id, active: users.active })
			.from(users)
			.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
			.limit(1)
	)[0];
	if (!user) return null;
	const roles = (
		await db().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, user.id))
	).map((r) => r.role);
	return { ...user, roles };
}
