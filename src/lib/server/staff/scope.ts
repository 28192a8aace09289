import { and, eq, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { allocations, teamMembers, youngPeople } from '../db/schema';

/** Young people currently allocated to this member of staff (an id, or a placeholder for one). */
export function currentlyAllocatedTo(userId: string | SQLWrapper) {
	return db()
		.select({ id: allocations.youngPersonId })
		.from(allocations)
		.where(and(eq(allocations.workerId, userId), isNull(allocations.endedAt)));
}

/** Teams this person manages (a manager of one team is not a manager of another). */
export function teamsManagedBy(userId: string) {
	return db()
		.select({ teamId: teamMembers.teamId })
		.from(teamMembers)
		.where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamRole, 'manager')));
}

/**
 * The one rule for whose records a member of staff may see, as a SQL condition
 * on young_people: a worker sees young people currently allocated to them, a
 * manager also every young person in a team they manage; anyone else nobody.
 * Every staff query that returns a young person's data joins young_people and
 * adds this, so a guessed id finds nothing. Archived records stay readable (a
 * file is kept after a case closes) but only for reads that ask for them: every
 * write uses the default, so nothing can be changed on an archived record.
 */
export function visibleYoungPeople(actor: SessionUser, options: { includeArchived?: boolean } = {}): SQL {
	const allowed: SQL[] = [];
	if (actor.roles.includes('worker') || actor.roles.includes('manager')) {
		allowed.push(inArray(youngPeople.id, currentlyAllocatedTo(actor.id)));
	}
	if (actor.roles.includes('manager')) allowed.push(inArray(youngPeople.teamId, teamsManagedBy(actor.id)));
	if (allowed.length === 0) return sql`0 = 1`;
	const anyone = or(...allowed)!;
	return options.includeArchived ? anyone : and(isNull(youngPeople.archivedAt), anyone)!;
}

/** The young person's record if this member of staff may see it, else null (the caller answers 404). */
export function findVisibleYoungPerson(actor: SessionUser, youngPersonId: string, options: { includeArchived?: boolean } = {}) {
	return (
		db()
			.select()
			.from(youngPeople)
			.where(and(eq(youngPeople.id, youngPersonId), visibleYoungPeople(actor, options)))
			.get() ?? null
	);
}
