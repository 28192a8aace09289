import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db, transaction } from '../db';
import { allocations, youngPeople } from '../db/schema';
import { moveAllocation } from '../team/mutations';
import { isActiveWorker } from './mutations';
import { inComplaintsTeam } from '../accounts/team-reach';

type Result = { ok: true; id: string } | { ok: false; field: string; error: string };

/**
 * Gives a young person a new worker with the manager's own allocation change
 * (team/mutations.ts: old allocation ended, new one unannounced, both
 * notified, audited). An admin may do it for any team, to any active worker.
 */
export async function reassignYoungPerson(
	actor: SessionUser,
	youngPersonId: string,
	newWorkerId: string,
	now = new Date()
): Promise<Result> {
	const person = (
		await db()
			.select({ archivedAt: youngPeople.archivedAt })
			.from(youngPeople)
			.where(eq(youngPeople.id, youngPersonId))
			.limit(1)
	)[0];
	if (!person) return { ok: false, field: 'workerId', error: 'not_found' };
	if (person.archivedAt) return { ok: false, field: 'workerId', error: 'archived' };
	if (!(await isActiveWorker(newWorkerId)))
		return { ok: false, field: 'workerId', error: 'worker_invalid' };
	if (await inComplaintsTeam(db(), newWorkerId))
		return { ok: false, field: 'workerId', error: 'worker_in_complaints_team' };
	return await transaction(async (tx): Promise<Result> => {
		const current = await tx
			.select()
			.from(allocations)
			.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)));
		if (current.length === 1 && current[0]?.workerId === newWorkerId)
			return { ok: false, field: 'workerId', error: 'same_worker' };
		await moveAllocation(tx, actor, youngPersonId, newWorkerId, now);
		return { ok: true, id: youngPersonId };
	});
}
