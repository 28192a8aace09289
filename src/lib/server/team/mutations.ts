import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction, type Tx } from '../db';
import { allocations, youngPeople } from '../db/schema';
import { expectHello } from '../new-worker/mutations';
import { notifyWorkerAllocated, notifyYoungPerson } from '../notifications/notify';
import { visibleYoungPeople } from '../staff/scope';
import { listAllocatableWorkers } from './queries';
import { theRow } from '../db/rows';

type ReassignResult = 'ok' | 'not_found' | 'not_allocatable' | 'same_worker';

/**
 * Gives a young person a new worker. The current allocation ends and a new
 * one starts (history keeps both); everything the young person said moves
 * with them because staff access follows the current allocation. The new
 * allocation is unannounced until the young person's app has told them.
 */
export async function reassignYoungPerson(
	actor: SessionUser,
	youngPersonId: string,
	newWorkerId: string,
	now = new Date()
): Promise<ReassignResult> {
	return await transaction(async (tx): Promise<ReassignResult> => {
		const person = (
			await tx
				.select({ id: youngPeople.id })
				.from(youngPeople)
				.where(and(eq(youngPeople.id, youngPersonId), visibleYoungPeople(actor, { reach: 'team' })))
				.limit(1)
		)[0];
		if (!person) return 'not_found';
		if (!(await listAllocatableWorkers(actor, tx)).some((w) => w.id === newWorkerId))
			return 'not_allocatable';
		const current = await tx
			.select()
			.from(allocations)
			.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)));
		if (current.length === 1 && current[0]?.workerId === newWorkerId) return 'same_worker';
		await moveAllocation(tx, actor, youngPersonId, newWorkerId, now);
		return 'ok';
	});
}

/**
 * The allocation change itself, once the caller has checked who may make it
 * (a manager for their teams here; an admin for anyone, in accounts/mutations.ts).
 * Written through the caller's transaction.
 */
export async function moveAllocation(
	tx: Tx,
	actor: SessionUser,
	youngPersonId: string,
	newWorkerId: string,
	now: Date
): Promise<void> {
	const current = await tx
		.select()
		.from(allocations)
		.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)));
	await tx
		.update(allocations)
		.set({ endedAt: now })
		.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt)));
	const allocation = theRow(
		await tx
			.insert(allocations)
			.values({
				youngPersonId,
				workerId: newWorkerId,
				startedAt: now,
				createdBy: actor.id,
				announced: false
			})
			.returning({ id: allocations.id, youngPersonId: allocations.youngPersonId })
	);
	// A new worker, not a first one: they say hello (new-worker/), and the manager sees it waiting until then.
	if (current.length > 0) await expectHello(tx, { ...allocation, workerId: newWorkerId }, now);
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'young_person_reassigned',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail: { from: current.map((a) => a.workerId), to: newWorkerId }
		},
		now
	);
	await notifyYoungPerson(tx, youngPersonId, 'new_worker', null, now);
	await notifyWorkerAllocated(tx, newWorkerId, youngPersonId, now);
}
