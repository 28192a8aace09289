import { eq, sql } from 'drizzle-orm';
import { db } from '../../db';
import { userRoles, users } from '../../db/schema';

/** The account whose email is this one, in any letter case, with its roles; null if none. */
export function findAccountByEmail(email: string) {
	const user = db()
		.select({ id: users.id, active: users.active })
		.from(users)
		.where(sql`lower(${users.email}) = ${email.trim().toLowerCase()}`)
		.get();
	if (!user) return null;
	const roles = db()
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, user.id))
		.all()
		.map((r) => r.role);
	return { ...user, roles };
}
