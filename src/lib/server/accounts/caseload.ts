import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '$lib/vocabulary';
import { db, type Reader } from '../db';
import { allocations, youngPeople } from '../db/schema';

/*
 * A worker's caseload: the open records allocated to them. Who reads what a young person sends
 * follows the current allocation (ADR 0006), and the young person is told "your worker is Sam".
 * An account that is deactivated, or loses the worker role, while young people are still
 * allocated to it would leave them writing to someone who can no longer read anything, urgent
 * statements included, while their manager's page still names Sam as their worker. So the account
 * keeps both until each of them has a new worker (the admin's record page or the manager's
 * "Change worker", both `moveAllocation`).
 *
 * Archived records keep their allocation only so the closed file stays readable
 * (staff/scope.ts); they ask nobody to act and cannot be reassigned, so they do not count.
 */

const openAllocationsOf = (userId: string) =>
	and(
		eq(allocations.workerId, userId),
		isNull(allocations.endedAt),
		isNull(youngPeople.archivedAt)
	);

/** The young people allocated to this member of staff now, open records only, by name. */
export async function listCaseloadOf(userId: string, reader: Reader = db()) {
	return await reader
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.where(openAllocationsOf(userId))
		.orderBy(asc(youngPeople.preferredName));
}

export type CaseloadRefusal = { ok: false; field: string; error: 'has_caseload' };

/**
 * Refuses a change that would leave young people allocated to someone who cannot read what they
 * send: deactivating the account (`rolesAfter` null), or saving roles without `worker`. Null when
 * the change may go ahead. `field` is where the admin's form shows the refusal. Given a
 * transaction, it sees an allocation made while the admin was deciding.
 */
export async function refuseWhileAllocated(
	userId: string,
	rolesAfter: readonly Role[] | null,
	reader: Reader = db()
): Promise<CaseloadRefusal | null> {
	if (rolesAfter?.includes('worker')) return null;
	const allocated = await reader
		.select({ id: allocations.id })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.where(openAllocationsOf(userId))
		.limit(1);
	if (allocated.length === 0) return null;
	return { ok: false, field: rolesAfter ? 'roles' : 'confirm', error: 'has_caseload' };
}
