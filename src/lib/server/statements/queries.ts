import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { allocations, statements, youngPeople } from '../db/schema';
import { stillWaiting } from '../inbox/queries';

/**
 * Counts of what is waiting, per young person, from the waiting statements
 * only (the join states `stillWaiting`, so the partial index answers it). The
 * join is a LEFT JOIN, so "unread" must also check a statement is there (by a
 * column the index holds, so the table itself is never read).
 * Among waiting statements every change request is an open one.
 */
const unread = sql`${statements.youngPersonId} is not null and ${statements.firstReadAt} is null`;
const waiting = {
	unread: sql<number>`coalesce(sum(${unread}), 0)`,
	urgentUnread: sql<number>`coalesce(sum(${unread} and ${statements.urgent} = 1), 0)`,
	openChanges: sql<number>`coalesce(sum(${statements.kind} = 'make_a_change'), 0)`
};

/** The young people currently allocated to this worker, with what is waiting for each. */
export function listCaseloadForWorker(actor: SessionUser) {
	return db()
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName, ...waiting })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.leftJoin(statements, and(eq(statements.youngPersonId, youngPeople.id), stillWaiting))
		.where(and(eq(allocations.workerId, actor.id), isNull(allocations.endedAt), isNull(youngPeople.archivedAt)))
		.groupBy(youngPeople.id)
		.orderBy(asc(youngPeople.preferredName))
		.all();
}
