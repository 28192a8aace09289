import { and, eq, exists, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db, type Reader } from '../db';
import { subquery } from '../db/subquery';
import { allocations, teamMembers, youngPeople } from '../db/schema';

/*
 * Which young people's records a member of staff may see, in one place. Every
 * staff read that returns a young person's data goes through a function here
 * (and every staff write starts by finding its record through one), so a
 * guessed id finds nothing.
 *
 * Who: a worker sees the young people currently allocated to them; a manager
 * also every young person in a team they manage (a manager of one team is not
 * a manager of another); anyone else nobody.
 *
 * Archived records: archiving closes a case but keeps its allocation. An
 * archived record stays readable, to the same people, where a closed file is
 * read: the file, a statement, the meeting pack and the exports (the reads
 * that pass `includeArchived`), reached from the worker's "Closed records".
 * It leaves everything that asks staff to act: the inbox, the caseload and
 * its counts, overdue, the team view and its urgent list, the names and links
 * in notifications, and escalation. Nothing on it can be changed: writes use
 * the default, which leaves archived records out.
 */

const open = isNull(youngPeople.archivedAt);

/** Teams this person manages. */
export function teamsManagedBy(userId: string) {
	return subquery
		.select({ teamId: teamMembers.teamId })
		.from(teamMembers)
		.where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamRole, 'manager')));
}

function allocatedTo(userId: string | SQLWrapper, includeArchived: boolean) {
	return subquery
		.select({ id: allocations.youngPersonId })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.where(
			and(
				eq(allocations.workerId, userId),
				isNull(allocations.endedAt),
				includeArchived ? undefined : open
			)
		);
}

/**
 * A worker's own caseload, as ids: young people currently allocated to them
 * whose records are open. An id or a placeholder, for prepared queries.
 */
export function caseloadOf(userId: string | SQLWrapper) {
	return allocatedTo(userId, false);
}

/**
 * The young person a row belongs to has an open (not archived) record: what
 * escalation may act on. Written as EXISTS so the row's own index still
 * chooses the rows (an IN list would make SQLite read by young person).
 */
export function belongsToOpenRecord(youngPersonId: SQLWrapper): SQL {
	return exists(
		subquery
			.select({ id: youngPeople.id })
			.from(youngPeople)
			.where(and(eq(youngPeople.id, youngPersonId), open))
	);
}

/** On young_people: open records in the teams this manager manages (the team view, reassignment). */
export function inTeamsManagedBy(actor: SessionUser): SQL {
	if (!actor.roles.includes('manager')) return sql`0 = 1`;
	return and(inArray(youngPeople.teamId, teamsManagedBy(actor.id)), open)!;
}

/** On young_people: archived records once allocated to this worker, which they may still read. An id or a placeholder. */
export function archivedCaseloadOf(userId: string | SQLWrapper): SQL {
	return and(
		inArray(youngPeople.id, allocatedTo(userId, true)),
		sql`${youngPeople.archivedAt} is not null`
	)!;
}

/**
 * On young_people: everyone this member of staff may see. Open records only,
 * unless a read of a closed file asks for archived ones too.
 */
export function visibleYoungPeople(
	actor: SessionUser,
	options: { includeArchived?: boolean } = {}
): SQL {
	const allowed: SQL[] = [];
	if (actor.roles.includes('worker') || actor.roles.includes('manager')) {
		allowed.push(inArray(youngPeople.id, allocatedTo(actor.id, true)));
	}
	if (actor.roles.includes('manager'))
		allowed.push(inArray(youngPeople.teamId, teamsManagedBy(actor.id)));
	if (allowed.length === 0) return sql`0 = 1`;
	const anyone = or(...allowed)!;
	return options.includeArchived ? anyone : and(open, anyone)!;
}

/** The young person's record if this member of staff may see it, else null (the caller answers 404). */
export function findVisibleYoungPerson(
	actor: SessionUser,
	youngPersonId: string,
	options: { includeArchived?: boolean } = {},
	reader: Reader = db()
) {
	return (
		reader
			.select()
			.from(youngPeople)
			.where(and(eq(youngPeople.id, youngPersonId), visibleYoungPeople(actor, options)))
			.get() ?? null
	);
}
