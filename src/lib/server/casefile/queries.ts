import { asc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { preparedOnce } from '../db/prepared';
import { allocations, users } from '../db/schema';
import { findAboutMe } from '../young-people/queries';
import { findVisibleYoungPerson } from '../staff/scope-prepared';
import { answersForStaff, readStatement } from '../statements/reader';
import { readTimeline } from '../statements/timeline';

/*
 * What staff read of a young person's file. Statements come through the one
 * reader (statements/reader.ts), scoped by the one rule (staff/scope.ts):
 * these are reads of a file, so archived records are included.
 */

/** One statement with everything a worker needs to read and answer it, or null when not theirs to see. */
export async function findStatementForStaff(
	actor: SessionUser,
	statementId: string,
	options: { urgentReach?: boolean } = {}
) {
	const found = await readStatement({ staff: actor }, statementId, options);
	if (!found) return null;
	return {
		...found,
		answers: answersForStaff(found),
		aboutMe: await findAboutMe(found.person.id)
	};
}

/** Who held the allocation, oldest first: the file shows every worker the young person has had. */
const allocationHistory = preparedOnce((database) =>
	database
		.select({
			workerId: allocations.workerId,
			name: users.displayName,
			startedAt: allocations.startedAt,
			endedAt: allocations.endedAt
		})
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(eq(allocations.youngPersonId, sql.placeholder('youngPersonId')))
		.orderBy(asc(allocations.startedAt))
		.prepare()
);

export async function listAllocationHistory(youngPersonId: string) {
	return await allocationHistory().all({ youngPersonId });
}

/**
 * A young person's whole file for staff: About me, workers, every statement
 * (including those sent to earlier workers) with its replies. Null when the
 * young person is not this member of staff's to see. A fixed number of
 * queries however long the file.
 */
export async function findYoungPersonFile(actor: SessionUser, youngPersonId: string) {
	const person = await findVisibleYoungPerson(actor, youngPersonId, { includeArchived: true });
	if (!person) return null;
	const workers = await listAllocationHistory(youngPersonId);
	const workerAt = (at: Date) =>
		workers.findLast(
			(w) =>
				w.startedAt.getTime() <= at.getTime() && (!w.endedAt || w.endedAt.getTime() > at.getTime())
		)?.name ?? null;
	const timeline = (await readTimeline(actor, youngPersonId)).map((s) => ({
		...s,
		sentTo: workerAt(s.sentAt)
	}));
	return { person, aboutMe: await findAboutMe(youngPersonId), workers, timeline };
}
