import { and, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { preparedOnce } from '../db/prepared';
import { statements, youngPeople } from '../db/schema';
import { visibleYoungPeople, visibleYoungPersonIds } from '../staff/scope';
import { preparedWorker } from '../staff/scope-prepared';
import { stillWaiting, waitingCounts } from './waiting';

/** The worker's own caseload (open records currently allocated to them), with what is waiting for each. */
export function listCaseloadForWorker(actor: SessionUser) {
	return caseloadQueries().open.all({ workerId: actor.id });
}

/** Archived records still allocated to this worker: out of the caseload, but their files stay readable. */
export function listArchivedCaseloadForWorker(actor: SessionUser) {
	return caseloadQueries().archived.all({ workerId: actor.id });
}

/** Both are on the worker's home page, opened all day. */
const caseloadQueries = preparedOnce((database) => ({
	open: database
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName, ...waitingCounts })
		.from(youngPeople)
		.leftJoin(statements, and(eq(statements.youngPersonId, youngPeople.id), stillWaiting))
		.where(inArray(youngPeople.id, visibleYoungPersonIds(preparedWorker, { reach: 'caseload' })))
		.groupBy(youngPeople.id)
		.orderBy(asc(youngPeople.preferredName))
		.prepare(),
	archived: database
		.select({
			id: youngPeople.id,
			preferredName: youngPeople.preferredName,
			archivedAt: youngPeople.archivedAt
		})
		.from(youngPeople)
		.where(
			and(
				visibleYoungPeople(preparedWorker, { reach: 'caseload', includeArchived: true }),
				isNotNull(youngPeople.archivedAt)
			)
		)
		.orderBy(asc(youngPeople.preferredName))
		.prepare()
}));
