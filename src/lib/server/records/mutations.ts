import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { notifyWorkerAllocated } from '../notifications/notify';
import { db, transaction } from '../db';
import { allocations, teams, userRoles, users, youngPeople } from '../db/schema';
import type { YoungPersonInput } from './form';
import { theRow } from '../db/rows';
import { isReferenceNewlyTaken, isReferenceTaken } from './same-reference';
import { inComplaintsTeam } from '../accounts/team-reach';

/** Admin writes about a young person's record; each is one transaction with its audit event. */

export type Failure = { ok: false; field: string; error: string };

function toColumns(input: YoungPersonInput) {
	const { simpleMode, sameReference, ...rest } = input;
	void sameReference; // what the form said, not a column
	return { ...rest, simpleMode: simpleMode === 'default' ? null : simpleMode === 'on' };
}

const referenceTaken = { ok: false, field: 'caseReference', error: 'reference_taken' } as const;

/** A worker who can take a young person: an active account holding the worker role. */
export async function isActiveWorker(userId: string): Promise<boolean> {
	const row = (
		await db()
			.select({ id: users.id })
			.from(users)
			.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'worker')))
			.where(and(eq(users.id, userId), eq(users.active, true)))
			.limit(1)
	)[0];
	return row !== undefined;
}

/** A team that exists: the form's list can be stale or tampered with, and the database would refuse it anyway. */
async function isTeam(teamId: string): Promise<boolean> {
	return (
		(await db().select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).limit(1))[0] !==
		undefined
	);
}

/** The form's key: sent twice, it makes one record and one email to the worker. */
export async function createYoungPersonRecord(
	actor: SessionUser,
	input: YoungPersonInput,
	workerId: string | null,
	key?: string,
	now = new Date()
) {
	if (!(await isTeam(input.teamId)))
		return { ok: false, field: 'teamId', error: 'choose_one' } satisfies Failure;
	if (workerId && !(await isActiveWorker(workerId)))
		return { ok: false, field: 'workerId', error: 'worker_invalid' } satisfies Failure;
	if (workerId && (await inComplaintsTeam(db(), workerId)))
		return { ok: false, field: 'workerId', error: 'worker_in_complaints_team' } satisfies Failure;
	return await transaction(async (tx) => {
		const earlier = key
			? await sentBeforeWithKey(tx, 'young_person_created', { actorId: actor.id }, key)
			: null;
		if (earlier) return { ok: true as const, id: earlier };
		if (!input.sameReference && (await isReferenceTaken(tx, input.caseReference)))
			return referenceTaken satisfies Failure;
		const { id } = theRow(
			await tx
				.insert(youngPeople)
				.values({ ...toColumns(input), createdAt: now })
				.returning()
		);
		await recordAuditEvent(
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
			await tx.insert(allocations).values({
				youngPersonId: id,
				workerId,
				startedAt: now,
				createdBy: actor.id,
				announced: false
			});
			await notifyWorkerAllocated(tx, workerId, id, now);
			await recordAuditEvent(
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

export async function isArchived(id: string) {
	return (
		(
			await db()
				.select({ archivedAt: youngPeople.archivedAt })
				.from(youngPeople)
				.where(eq(youngPeople.id, id))
				.limit(1)
		)[0]?.archivedAt != null
	);
}

export async function updateYoungPersonRecord(
	actor: SessionUser,
	id: string,
	input: YoungPersonInput,
	now = new Date()
) {
	if (await isArchived(id))
		return { ok: false, field: 'form', error: 'archived' } satisfies Failure;
	if (!(await isTeam(input.teamId)))
		return { ok: false, field: 'teamId', error: 'choose_one' } satisfies Failure;
	if (!input.sameReference && (await isReferenceNewlyTaken(db(), input.caseReference, id)))
		return referenceTaken satisfies Failure;
	await transaction(async (tx) => {
		const before = (
			await tx
				.select({ language: youngPeople.language })
				.from(youngPeople)
				.where(eq(youngPeople.id, id))
				.limit(1)
		)[0];
		await tx.update(youngPeople).set(toColumns(input)).where(eq(youngPeople.id, id));
		const event = {
			actorId: actor.id,
			subjectType: 'young_person',
			subjectId: id,
			youngPersonId: id
		};
		await recordAuditEvent(tx, { ...event, action: 'young_person_updated' }, now);
		// A language change is its own event, as when a worker sets it, so the trail says what it was.
		if (before && before.language !== input.language)
			await recordAuditEvent(
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
