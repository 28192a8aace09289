import { and, asc, eq } from 'drizzle-orm';
import { activeManagerOf, currentWorkerOf } from '../staff/scope';
import { db, type Reader } from '../db';
import { allocations, statements, teamMembers, users } from '../db/schema';
import { stillWaiting, urgentNotInHand } from '../statements/waiting';

/*
 * What a young person's statements still need from staff, for archiving. Archiving takes a
 * record out of everything that asks staff to act (staff/scope.ts: the inbox, the manager's
 * urgent list, escalation), so a statement nobody has read, or an urgent one nobody is dealing
 * with, would then never be read, and words a young person wrote back after an answer would
 * never be answered. Archiving waits for all three. A change request still without a
 * final answer is shown, not waited for: the case may close with it open.
 *
 * Only statements still waiting (`stillWaiting`, the inbox's own definition and index) count:
 * one that has been answered or closed was dealt with, even if sent before "I'm dealing with
 * this" existed, so an old urgent statement never keeps a record open.
 */

export interface Outstanding {
	/** Urgent, and nobody has said "I'm dealing with this". */
	urgentNotDealtWith: number;
	/** Nobody has opened it yet. */
	unread: number;
	/** A change request without a final decision. */
	openChanges: number;
	/** The young person wrote back after an answer, and nobody has answered them since. */
	answeredBack: number;
}

/** What is still waiting. Takes the archive's transaction, so a statement sent meanwhile counts. */
export async function outstandingFor(
	youngPersonId: string,
	reader: Reader = db()
): Promise<Outstanding> {
	const rows = await reader
		.select({
			kind: statements.kind,
			urgent: statements.urgent,
			firstReadAt: statements.firstReadAt,
			acknowledgedAt: statements.acknowledgedAt,
			closedAt: statements.closedAt,
			answeredBackAt: statements.answeredBackAt
		})
		.from(statements)
		.where(and(eq(statements.youngPersonId, youngPersonId), stillWaiting));
	return {
		urgentNotDealtWith: rows.filter(urgentNotInHand).length,
		unread: rows.filter((s) => s.firstReadAt === null).length,
		// A closed one waits only because the young person answered back (waiting.ts).
		openChanges: rows.filter((s) => s.kind === 'make_a_change' && s.closedAt === null).length,
		answeredBack: rows.filter((s) => s.answeredBackAt !== null).length
	};
}

/** Whether archiving must wait: something would otherwise go unread, or a child unanswered. */
export function archiveMustWait(o: Outstanding): boolean {
	return o.urgentNotDealtWith > 0 || o.unread > 0 || o.answeredBack > 0;
}

/**
 * Who an administrator asks to read them, since they may not (ADR 0010): the young person's
 * current worker and their team's managers, the people staff/scope.ts lets read the file.
 * Active accounts only: someone who cannot sign in cannot read anything.
 */
export async function whoCanReadThem(
	youngPersonId: string
): Promise<{ worker: string | null; managers: string[] }> {
	const workers = await db()
		.select({ id: users.id, name: users.displayName })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(currentWorkerOf(youngPersonId));
	const managers = await db()
		.selectDistinct({ id: users.id, name: users.displayName })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(activeManagerOf(youngPersonId))
		.orderBy(asc(users.displayName));
	const worker = workers[0];
	// A manager who is also their worker is asked once, as their worker.
	return {
		worker: worker?.name ?? null,
		managers: managers.filter((p) => p.id !== worker?.id).map((p) => p.name)
	};
}
