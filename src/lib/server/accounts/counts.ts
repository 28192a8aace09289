import { auditActionLabel, isNotable } from '$lib/server/audit/action-labels';
import { count, desc, eq, isNull } from 'drizzle-orm';
import { db } from '../db';
import { auditEvents, mailOutbox, teams, users, youngPeople } from '../db/schema';

export function countAccounts() {
	const one = (n: { n: number } | undefined) => n?.n ?? 0;
	return {
		staff: one(db().select({ n: count() }).from(users).where(isNull(users.username)).get()),
		youngPeople: one(db().select({ n: count() }).from(youngPeople).get()),
		teams: one(db().select({ n: count() }).from(teams).get()),
		outbox: one(db().select({ n: count() }).from(mailOutbox).where(isNull(mailOutbox.sentAt)).get())
	};
}

/** Who did what and when; the log holds ids and actions, never statement content. */
export function listRecentAuditEvents(limit = 20) {
	return (
		db()
			.select({
				id: auditEvents.id,
				at: auditEvents.at,
				action: auditEvents.action,
				actor: users.displayName
			})
			.from(auditEvents)
			.leftJoin(users, eq(auditEvents.actorId, users.id))
			// Newest first by when it happened: ids follow insertion, which is not always time order.
			.orderBy(desc(auditEvents.at), desc(auditEvents.id))
			.limit(limit)
			.all()
			.map((e) => ({ ...e, label: auditActionLabel(e.action), notable: isNotable(e.action) }))
	);
}
