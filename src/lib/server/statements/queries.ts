import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { allocations, outcomes, statements, teamMembers, users, youngPeople } from '../db/schema';

/**
 * Counts of what is waiting, per young person, computed in SQL. The statement
 * join is a LEFT JOIN, so "unread" must also check a statement is there.
 */
const unread = sql`${statements.id} is not null and ${statements.firstReadAt} is null`;
const waiting = {
	unread: sql<number>`coalesce(sum(${unread}), 0)`,
	urgentUnread: sql<number>`coalesce(sum(${unread} and ${statements.urgent} = 1), 0)`,
	// "Still working on it" is an answer, not an end: the request stays open.
	openChanges: sql<number>`coalesce(sum(${statements.kind} = 'make_a_change' and (${outcomes.statementId} is null or ${outcomes.decision} = 'still_working')), 0)`
};

/** The young people currently allocated to this worker, with what is waiting for each. */
export function listCaseloadForWorker(actor: SessionUser) {
	return db()
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName, ...waiting })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.leftJoin(statements, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
		.where(and(eq(allocations.workerId, actor.id), isNull(allocations.endedAt), isNull(youngPeople.archivedAt)))
		.groupBy(youngPeople.id)
		.orderBy(asc(youngPeople.preferredName))
		.all();
}

/** Per worker in the teams this manager manages: caseload size and what is waiting. */
export function summariseTeamsForManager(actor: SessionUser) {
	const managed = db()
		.select({ teamId: teamMembers.teamId })
		.from(teamMembers)
		.where(and(eq(teamMembers.userId, actor.id), eq(teamMembers.teamRole, 'manager')));
	return db()
		.select({
			workerId: users.id,
			workerName: users.displayName,
			youngPeople: sql<number>`count(distinct ${youngPeople.id})`,
			...waiting
		})
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.innerJoin(users, eq(allocations.workerId, users.id))
		.leftJoin(statements, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(outcomes, eq(outcomes.statementId, statements.id))
		.where(
			and(
				isNull(allocations.endedAt),
				isNull(youngPeople.archivedAt),
				sql`${youngPeople.teamId} in ${managed}`
			)
		)
		.groupBy(users.id)
		.orderBy(asc(users.displayName))
		.all();
}
