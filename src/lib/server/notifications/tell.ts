import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../db';
import {
	allocations,
	mailOutbox,
	notifications,
	teamMembers,
	users,
	youngPeople
} from '../db/schema';

/*
 * How Heard tells someone: who is told about a young person, an in-app row
 * (ids, never content) and, for staff, an email through the durable outbox.
 * What is said, and when, is in notify.ts, urgent.ts and escalation.ts.
 */

export type Kind = (typeof notifications.$inferInsert)['kind'];
export type Recipient = { id: string; email: string | null };

function allocatedWorkers(tx: Tx, youngPersonId: string): Recipient[] {
	return tx
		.select({ id: users.id, email: users.email })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(
			and(
				eq(allocations.youngPersonId, youngPersonId),
				isNull(allocations.endedAt),
				eq(users.active, true)
			)
		)
		.all();
}

export function teamManagers(tx: Tx, youngPersonId: string): Recipient[] {
	const team = tx
		.select({ teamId: youngPeople.teamId })
		.from(youngPeople)
		.where(eq(youngPeople.id, youngPersonId));
	return tx
		.select({ id: users.id, email: users.email })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(
			and(
				inArray(teamMembers.teamId, team),
				eq(teamMembers.teamRole, 'manager'),
				eq(users.active, true)
			)
		)
		.all();
}

/** The allocated worker, and for urgent things the young person's team managers too. */
export function recipientsFor(
	tx: Tx,
	youngPersonId: string,
	includeManagers: boolean
): Recipient[] {
	const worker = allocatedWorkers(tx, youngPersonId);
	// With no allocated worker, the managers hear about everything.
	const all =
		includeManagers || worker.length === 0
			? [...worker, ...teamManagers(tx, youngPersonId)]
			: worker;
	return [...new Map(all.map((r) => [r.id, r])).values()];
}

export function tell(
	tx: Tx,
	person: Recipient,
	kind: Kind,
	youngPersonId: string,
	statementId: string | null,
	now: Date,
	mail?: { subject: string; body: string }
) {
	tx.insert(notifications)
		.values({ userId: person.id, kind, statementId, youngPersonId, createdAt: now })
		.run();
	if (!mail || !person.email) return;
	tx.insert(mailOutbox)
		.values({
			to: person.email,
			subject: mail.subject,
			body: mail.body,
			createdAt: now,
			nextAttemptAt: now
		})
		.run();
}

export const statementLink = (statementId: string) =>
	`${appOrigin()}/worker/statements/${statementId}`;

export function appOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
