import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { statements, youngPeople } from '../db/schema';
import { archivedCaseloadOf, caseloadOf } from '../staff/scope';
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

/** The worker's own caseload (open records currently allocated to them), with what is waiting for each. */
export function listCaseloadForWorker(actor: SessionUser) {
	return db()
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName, ...waiting })
		.from(youngPeople)
		.leftJoin(statements, and(eq(statements.youngPersonId, youngPeople.id), stillWaiting))
		.where(inArray(youngPeople.id, caseloadOf(actor.id)))
		.groupBy(youngPeople.id)
		.orderBy(asc(youngPeople.preferredName))
		.all();
}

/** Archived records still allocated to this worker: out of the caseload, but their files stay readable. */
export function listArchivedCaseloadForWorker(actor: SessionUser) {
	return db()
		.select({ id: youngPeople.id, preferredName: youngPeople.preferredName, archivedAt: youngPeople.archivedAt })
		.from(youngPeople)
		.where(archivedCaseloadOf(actor))
		.orderBy(asc(youngPeople.preferredName))
		.all();
}

/** What a resent form is compared on: the same key with the same words is a double tap. */
export const SENT_FIELDS = {
	id: statements.id,
	youngPersonId: statements.youngPersonId,
	templateId: statements.templateId,
	answers: statements.answers,
	consentToShare: statements.consentToShare,
	meetingId: statements.meetingId
};

/** The statement a form key was already used for, whoever sent it: the send form decides what to say. */
export function findStatementSentWithKey(idempotencyKey: string) {
	return db().select(SENT_FIELDS).from(statements).where(eq(statements.idempotencyKey, idempotencyKey)).get();
}
