import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { invalidateAllSessionsOfUser } from '../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { notifyWorkerAllocated } from '../notifications/notify';
import { db } from '../db';
import { activationCodes, allocations, teams, userRoles, users, youngPeople } from '../db/schema';
import type { YoungPersonInput } from './form';

/** Admin writes about a young person's record; each is one transaction with its audit event. */

type Failure = { ok: false; field: string; error: string };

function toColumns(input: YoungPersonInput) {
	const { simpleMode, ...rest } = input;
	return { ...rest, simpleMode: simpleMode === 'default' ? null : simpleMode === 'on' };
}

/** A worker who can take a young person: an active account holding the worker role. */
export function isActiveWorker(userId: string): boolean {
	const row = db()
		.select({ id: users.id })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'worker')))
		.where(and(eq(users.id, userId), eq(users.active, true)))
		.get();
	return row !== undefined;
}

/** A team that exists: the form's list can be stale or tampered with, and the database would refuse it anyway. */
function isTeam(teamId: string): boolean {
	return db().select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).get() !== undefined;
}

/** The form's key: sent twice, it makes one record and one email to the worker. */
export function createYoungPersonRecord(
	actor: SessionUser,
	input: YoungPersonInput,
	workerId: string | null,
	key?: string,
	now = new Date()
) {
	if (!isTeam(input.teamId))
		return { ok: false, field: 'teamId', error: 'choose_one' } satisfies Failure;
	if (workerId && !isActiveWorker(workerId))
		return { ok: false, field: 'workerId', error: 'worker_invalid' } satisfies Failure;
	return db().transaction((tx) => {
		const earlier = key
			? sentBeforeWithKey(tx, 'young_person_created', { actorId: actor.id }, key)
			: null;
		if (earlier) return { ok: true as const, id: earlier };
		const { id } = tx
			.insert(youngPeople)
			.values({ ...toColumns(input), createdAt: now })
			.returning()
			.get();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'young_person_created',
				subjectType: 'young_person',
				subjectId: id,
				youngPersonId: id,
				detail: key ? { key } : undefined
			},
			now
		);
		if (workerId) {
			// The very first worker is announced too: "your worker is Sam" is the first thing they see.
			tx.insert(allocations)
				.values({
					youngPersonId: id,
					workerId,
					startedAt: now,
					createdBy: actor.id,
					announced: false
				})
				.run();
			notifyWorkerAllocated(tx, workerId, id, now);
			recordAuditEvent(
				tx,
				{
					actorId: actor.id,
					action: 'worker_allocated',
					subjectType: 'young_person',
					subjectId: id,
					youngPersonId: id,
					detail: { workerId }
				},
				now
			);
		}
		return { ok: true as const, id };
	});
}

function isArchived(id: string) {
	return (
		db()
			.select({ archivedAt: youngPeople.archivedAt })
			.from(youngPeople)
			.where(eq(youngPeople.id, id))
			.get()?.archivedAt != null
	);
}

export function updateYoungPersonRecord(
	actor: SessionUser,
	id: string,
	input: YoungPersonInput,
	now = new Date()
) {
	if (isArchived(id)) return { ok: false, field: 'form', error: 'archived' } satisfies Failure;
	if (!isTeam(input.teamId))
		return { ok: false, field: 'teamId', error: 'choose_one' } satisfies Failure;
	db().transaction((tx) => {
		const before = tx
			.select({ language: youngPeople.language })
			.from(youngPeople)
			.where(eq(youngPeople.id, id))
			.get();
		tx.update(youngPeople).set(toColumns(input)).where(eq(youngPeople.id, id)).run();
		const event = {
			actorId: actor.id,
			subjectType: 'young_person',
			subjectId: id,
			youngPersonId: id
		};
		recordAuditEvent(tx, { ...event, action: 'young_person_updated' }, now);
		// A language change is its own event, as when a worker sets it, so the trail says what it was.
		if (before && before.language !== input.language)
			recordAuditEvent(
				tx,
				{
					...event,
					action: 'young_person_language_set',
					detail: { from: before.language, to: input.language }
				},
				now
			);
	});
	return { ok: true as const, id };
}

/**
 * Archiving closes the record: sign-in stops, every session ends, unused codes
 * stop working. The allocation stays so staff can still see the record (read
 * only). Nothing is deleted; retention later removes free text from what they said.
 */
export function archiveYoungPerson(
	actor: SessionUser,
	id: string,
	reason: string,
	now = new Date()
) {
	if (isArchived(id))
		return { ok: false, field: 'confirmName', error: 'archived' } satisfies Failure;
	db().transaction((tx) => {
		const person = tx.select().from(youngPeople).where(eq(youngPeople.id, id)).get();
		if (!person) throw new Error('No such young person');
		tx.update(youngPeople).set({ archivedAt: now }).where(eq(youngPeople.id, id)).run();
		if (person.userId) {
			tx.update(users)
				.set({ active: false, deactivatedAt: now })
				.where(eq(users.id, person.userId))
				.run();
			invalidateAllSessionsOfUser(tx, person.userId);
		}
		tx.update(activationCodes)
			.set({ expiresAt: now })
			.where(and(eq(activationCodes.youngPersonId, id), isNull(activationCodes.usedAt)))
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'young_person_archived',
				subjectType: 'young_person',
				subjectId: id,
				youngPersonId: id,
				detail: { reason }
			},
			now
		);
	});
	return { ok: true as const, id };
}
