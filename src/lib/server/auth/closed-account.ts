import { and, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { allocations, userRoles, users, youngPeople } from '../db/schema';
import { getSetting } from '../settings';

type ClosedAccountHelp =
	| {
			youngPerson: true;
			workerFirstName: string | null;
			organisation: string;
			helpContacts: { name: string; number: string; when: string }[];
	  }
	| { youngPerson: false; organisation: string };

/**
 * Who someone whose account is closed can turn to. Only shown after the right
 * password: a young person hears who their worker was and where help is now.
 */
export async function findClosedAccountHelp(userId: string): Promise<ClosedAccountHelp> {
	const organisation = await getSetting('organisationName');
	const isYoungPerson = (
		await db()
			.select()
			.from(userRoles)
			.where(and(eq(userRoles.userId, userId), eq(userRoles.role, 'young_person')))
			.limit(1)
	)[0];
	if (!isYoungPerson) return { youngPerson: false, organisation };
	const worker = (
		await db()
			.select({ firstName: users.firstName })
			.from(youngPeople)
			.innerJoin(
				allocations,
				and(eq(allocations.youngPersonId, youngPeople.id), isNull(allocations.endedAt))
			)
			.innerJoin(users, and(eq(users.id, allocations.workerId), eq(users.active, true)))
			.where(eq(youngPeople.userId, userId))
			.limit(1)
	)[0];
	return {
		youngPerson: true,
		workerFirstName: worker?.firstName ?? null,
		organisation,
		helpContacts: await getSetting('helpContacts')
	};
}
