import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { statements } from '../db/schema';
import { getSetting } from '../settings';
import { belongsToOpenRecord } from '../staff/scope';
import { notifyEscalation } from './notify';

const HOUR = 60 * 60 * 1000;

/**
 * Urgent statements still unread after the escalation time are marked
 * escalated (they join the managers' "urgent, unread" list) and the managers
 * are told again. Archived records are passed over (staff/scope.ts): their
 * case is closed and nobody is asked to act on them. `now` is a parameter so
 * tests need not wait hours.
 */
export function runEscalation(now = new Date()): string[] {
	const cutoff = new Date(now.getTime() - getSetting('escalationHours') * HOUR);
	const due = db()
		.select({ id: statements.id, youngPersonId: statements.youngPersonId })
		.from(statements)
		// Written out, not bound: SQLite only uses the partial index awaiting escalation when the
		// query states its condition literally (a bound "urgent = ?" could be anything).
		.where(
			and(
				sql`${statements.urgent} = 1 and ${statements.firstReadAt} is null and ${statements.escalatedAt} is null`,
				lte(statements.sentAt, cutoff),
				belongsToOpenRecord(statements.youngPersonId)
			)
		)
		.all();
	for (const statement of due) {
		db().transaction((tx) => {
			const claimed = tx
				.update(statements)
				.set({ escalatedAt: now })
				.where(
					and(
						eq(statements.id, statement.id),
						isNull(statements.escalatedAt),
						isNull(statements.firstReadAt)
					)
				)
				.run();
			// Read or escalated since the select: nothing to do.
			if (claimed.changes === 0) return;
			recordAuditEvent(
				tx,
				{
					actorId: null,
					action: 'statement_escalated',
					subjectType: 'statement',
					subjectId: statement.id,
					youngPersonId: statement.youngPersonId
				},
				now
			);
			notifyEscalation(tx, statement, now);
		});
	}
	return due.map((s) => s.id);
}
