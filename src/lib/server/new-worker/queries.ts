import { and, asc, desc, eq, gt, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { storedMoment } from '../db/dialect';
import { preparedOnce, preparedPerShape } from '../db/prepared';
import { allocations, handoverNotes, users, workerHellos, youngPeople } from '../db/schema';
import { visibleYoungPeople } from '../staff/scope';
import { readerOfShape, shapeOf } from '../staff/scope-prepared';

/** How long after a young person moves on their old worker may still leave a handover note. */
export const HANDOVER_DAYS = 30;

const currentHello = and(
	isNull(allocations.endedAt),
	isNull(youngPeople.archivedAt),
	eq(workerHellos.allocationId, allocations.id)
);

/** The worker's own hello for a young person now allocated to them, or null (a first worker has none). */
const ownHello = preparedOnce((database) =>
	database
		.select({ hello: workerHellos })
		.from(workerHellos)
		.innerJoin(allocations, eq(workerHellos.allocationId, allocations.id))
		.innerJoin(youngPeople, eq(workerHellos.youngPersonId, youngPeople.id))
		.where(
			and(
				currentHello,
				eq(workerHellos.youngPersonId, sql.placeholder('youngPersonId')),
				eq(workerHellos.workerId, sql.placeholder('workerId'))
			)
		)
		.limit(1)
		.prepare()
);

export async function findOwnHello(actor: SessionUser, youngPersonId: string) {
	return (await ownHello().get({ youngPersonId, workerId: actor.id }))?.hello ?? null;
}

/** The hello the young person sees on their home page: written, from their current worker, until they have met. */
const helloForYoungPerson = preparedOnce((database) =>
	database
		.select({
			firstName: users.firstName,
			whoIAm: workerHellos.whoIAm,
			howToReach: workerHellos.howToReach,
			whenWeMeet: workerHellos.whenWeMeet
		})
		.from(workerHellos)
		.innerJoin(allocations, eq(workerHellos.allocationId, allocations.id))
		.innerJoin(youngPeople, eq(workerHellos.youngPersonId, youngPeople.id))
		.innerJoin(users, eq(workerHellos.workerId, users.id))
		.where(
			and(
				currentHello,
				eq(workerHellos.youngPersonId, sql.placeholder('youngPersonId')),
				isNotNull(workerHellos.writtenAt),
				isNull(workerHellos.metAt)
			)
		)
		.limit(1)
		.prepare()
);

export async function findHelloForYoungPerson(youngPersonId: string) {
	return (await helloForYoungPerson().get({ youngPersonId })) ?? null;
}

/** Every hello written to a young person, oldest first, met or not: what they were told, for their own copy. */
export async function listHellosWrittenTo(youngPersonId: string) {
	return (
		await db()
			.select({
				firstName: users.firstName,
				whoIAm: workerHellos.whoIAm,
				howToReach: workerHellos.howToReach,
				whenWeMeet: workerHellos.whenWeMeet,
				writtenAt: workerHellos.writtenAt
			})
			.from(workerHellos)
			.innerJoin(users, eq(workerHellos.workerId, users.id))
			.where(and(eq(workerHellos.youngPersonId, youngPersonId), isNotNull(workerHellos.writtenAt)))
			.orderBy(asc(workerHellos.writtenAt))
	).map((h) => ({ ...h, writtenAt: h.writtenAt! }));
}

/**
 * Hellos not yet written, oldest first: the worker's own (`caseload`), or
 * every one in the teams a manager manages (`team`), with the new worker's name.
 */
export async function listHellosWaiting(actor: SessionUser, reach: 'caseload' | 'team') {
	return await hellosWaiting(`${shapeOf(actor)}|${reach}`).all({ actorId: actor.id });
}

const hellosWaiting = preparedPerShape((database, shape: string) => {
	const [roles = '', reach] = shape.split('|') as [string, 'caseload' | 'team'];
	const actor = readerOfShape(roles);
	return database
		.select({
			youngPersonId: youngPeople.id,
			preferredName: youngPeople.preferredName,
			workerName: users.displayName,
			since: allocations.startedAt
		})
		.from(workerHellos)
		.innerJoin(allocations, eq(workerHellos.allocationId, allocations.id))
		.innerJoin(youngPeople, eq(workerHellos.youngPersonId, youngPeople.id))
		.innerJoin(users, eq(workerHellos.workerId, users.id))
		.where(
			and(
				currentHello,
				isNull(workerHellos.writtenAt),
				visibleYoungPeople(actor, { reach }),
				reach === 'caseload' ? eq(workerHellos.workerId, actor.id) : undefined
			)
		)
		.orderBy(asc(allocations.startedAt))
		.prepare();
});

const next = alias(allocations, 'next_allocation');
const nextWorker = alias(users, 'next_worker');

/**
 * Allocations this worker held that ended in the last HANDOVER_DAYS, the
 * young person now with someone else and their record open: each is a
 * handover note they may (re)write. Only the name and the new worker are read:
 * the old worker no longer sees the file.
 */
export async function listHandoversFor(
	actor: SessionUser,
	now = new Date(),
	allocationId?: string
) {
	const since = storedMoment(new Date(now.getTime() - HANDOVER_DAYS * 86_400_000));
	return await handoversFor(allocationId ? 'one' : 'all').all({
		workerId: actor.id,
		since,
		allocationId
	});
}

const handoversFor = preparedPerShape((database, shape: 'one' | 'all') =>
	database
		.select({
			allocationId: allocations.id,
			preferredName: youngPeople.preferredName,
			endedAt: allocations.endedAt,
			newWorkerName: nextWorker.displayName,
			note: handoverNotes.body
		})
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.innerJoin(next, and(eq(next.youngPersonId, youngPeople.id), isNull(next.endedAt)))
		.innerJoin(nextWorker, eq(next.workerId, nextWorker.id))
		.leftJoin(handoverNotes, eq(handoverNotes.fromAllocationId, allocations.id))
		.where(
			and(
				eq(allocations.workerId, sql.placeholder('workerId')),
				isNotNull(allocations.endedAt),
				gt(allocations.endedAt, sql.placeholder('since')),
				ne(next.workerId, sql.placeholder('workerId')),
				isNull(youngPeople.archivedAt),
				shape === 'one' ? eq(allocations.id, sql.placeholder('allocationId')) : undefined
			)
		)
		.orderBy(desc(allocations.endedAt))
		.prepare()
);

/** Handover notes on a young person's file, newest first. The caller has checked the file is theirs to see. */
const handoverNotesOf = preparedOnce((database) =>
	database
		.select({
			id: handoverNotes.id,
			body: handoverNotes.body,
			writtenAt: handoverNotes.writtenAt,
			author: users.displayName
		})
		.from(handoverNotes)
		.innerJoin(users, eq(handoverNotes.authorId, users.id))
		.where(eq(handoverNotes.youngPersonId, sql.placeholder('youngPersonId')))
		.orderBy(desc(handoverNotes.writtenAt))
		.prepare()
);

export async function listHandoverNotesOf(youngPersonId: string) {
	return await handoverNotesOf().all({ youngPersonId });
}
