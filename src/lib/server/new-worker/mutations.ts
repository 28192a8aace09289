import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction, type Tx } from '../db';
import { allocations, handoverNotes, workerHellos, youngPeople } from '../db/schema';
import { HANDOVER_DAYS } from './queries';

/**
 * A new worker's hello and the old worker's handover note. A hello is
 * expected of every allocation that follows another (a new worker, not a
 * first one); the manager sees it waiting until it is written.
 */
export async function expectHello(
	tx: Tx,
	allocation: { id: string; youngPersonId: string; workerId: string },
	now: Date
): Promise<void> {
	await tx.insert(workerHellos).values({
		allocationId: allocation.id,
		youngPersonId: allocation.youngPersonId,
		workerId: allocation.workerId,
		createdAt: now
	});
}

/** The actor's own hello for a young person they are now allocated to (open records only). */
async function ownCurrentHello(tx: Tx, actor: SessionUser, youngPersonId: string) {
	return (
		await tx
			.select({ hello: workerHellos })
			.from(workerHellos)
			.innerJoin(allocations, eq(workerHellos.allocationId, allocations.id))
			.innerJoin(youngPeople, eq(workerHellos.youngPersonId, youngPeople.id))
			.where(
				and(
					eq(workerHellos.youngPersonId, youngPersonId),
					eq(workerHellos.workerId, actor.id),
					isNull(allocations.endedAt),
					isNull(youngPeople.archivedAt)
				)
			)
			.limit(1)
	)[0]?.hello;
}

interface HelloWords {
	whoIAm: string;
	howToReach: string;
	whenWeMeet: string;
}

/** Writes (or rewrites) the hello the young person sees on their home page until you have met. */
export async function writeHello(
	actor: SessionUser,
	youngPersonId: string,
	words: HelloWords,
	now = new Date()
): Promise<'ok' | 'not_found'> {
	return await transaction(async (tx) => {
		const hello = await ownCurrentHello(tx, actor, youngPersonId);
		if (!hello) return 'not_found';
		await tx
			.update(workerHellos)
			.set({ ...words, writtenAt: hello.writtenAt ?? now })
			.where(eq(workerHellos.allocationId, hello.allocationId));
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'hello_written',
				subjectType: 'young_person',
				subjectId: youngPersonId,
				youngPersonId,
				detail: { rewritten: hello.writtenAt !== null }
			},
			now
		);
		return 'ok';
	});
}

/** "We have met": the hello leaves the young person's home page. */
export async function recordWeHaveMet(
	actor: SessionUser,
	youngPersonId: string,
	now = new Date()
): Promise<'ok' | 'not_found' | 'not_written'> {
	return await transaction(async (tx) => {
		const hello = await ownCurrentHello(tx, actor, youngPersonId);
		if (!hello) return 'not_found';
		if (!hello.writtenAt) return 'not_written';
		if (hello.metAt) return 'ok';
		await tx
			.update(workerHellos)
			.set({ metAt: now })
			.where(eq(workerHellos.allocationId, hello.allocationId));
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'worker_met',
				subjectType: 'young_person',
				subjectId: youngPersonId,
				youngPersonId
			},
			now
		);
		return 'ok';
	});
}

/**
 * The old worker's note for the new one, on the allocation they held, within
 * HANDOVER_DAYS of its end and while the record is open. Rewriting replaces it.
 */
export async function writeHandoverNote(
	actor: SessionUser,
	allocationId: string,
	body: string,
	now = new Date()
): Promise<'ok' | 'not_found'> {
	return await transaction(async (tx) => {
		const ended = (
			await tx
				.select({ youngPersonId: allocations.youngPersonId })
				.from(allocations)
				.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
				.where(
					and(
						eq(allocations.id, allocationId),
						eq(allocations.workerId, actor.id),
						isNotNull(allocations.endedAt),
						gt(allocations.endedAt, new Date(now.getTime() - HANDOVER_DAYS * 86_400_000)),
						isNull(youngPeople.archivedAt)
					)
				)
				.limit(1)
		)[0];
		if (!ended) return 'not_found';
		await tx
			.insert(handoverNotes)
			.values({
				fromAllocationId: allocationId,
				youngPersonId: ended.youngPersonId,
				authorId: actor.id,
				body,
				writtenAt: now
			})
			.onConflictDoUpdate({
				target: handoverNotes.fromAllocationId,
				set: { body, writtenAt: now }
			});
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'handover_note_written',
				subjectType: 'young_person',
				subjectId: ended.youngPersonId,
				youngPersonId: ended.youngPersonId,
				detail: { allocationId }
			},
			now
		);
		return 'ok';
	});
}
