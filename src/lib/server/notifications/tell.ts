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
import { queuePush, type PushMessage } from '../push/outbox';

/*
 * How Heard tells someone: who is told about a young person, an in-app row
 * (ids, never content), for staff an email through the durable outbox, and a push
 * to each device the person turned on (a fixed sentence, through the push outbox).
 * What is said, and when, is in notify.ts, urgent.ts and escalation.ts.
 */

export type Kind = (typeof notifications.$inferInsert)['kind'];
export type Recipient = { id: string; email: string | null; youngPerson?: boolean };

/**
 * What a young person's phone says when someone answers. "Someone read what you sent" is said
 * once, when a statement is first opened (tellByPush), so an urgent one acknowledged after
 * being read is not said twice.
 */
const YOUNG_PERSON_PUSH: Partial<Record<Kind, PushMessage>> = {
	reply: 'reply',
	outcome: 'reply',
	meeting_feedback: 'reply'
};
/** Staff who turn it on are told of urgent things only; everything else waits for the app and email. */
const STAFF_PUSH: Partial<Record<Kind, PushMessage>> = {
	urgent_statement: 'urgent',
	escalation: 'urgent'
};

/** A push alone, with no in-app row: "Someone read what you sent" when a statement is first read. */
export async function tellByPush(
	tx: Tx,
	userId: string,
	message: PushMessage,
	now: Date
): Promise<void> {
	await queuePush(tx, userId, message, now);
}

async function allocatedWorkers(tx: Tx, youngPersonId: string): Promise<Recipient[]> {
	return await tx
		.select({ id: users.id, email: users.email })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(
			and(
				eq(allocations.youngPersonId, youngPersonId),
				isNull(allocations.endedAt),
				eq(users.active, true)
			)
		);
}

export async function teamManagers(tx: Tx, youngPersonId: string): Promise<Recipient[]> {
	const team = tx
		.select({ teamId: youngPeople.teamId })
		.from(youngPeople)
		.where(eq(youngPeople.id, youngPersonId));
	return await tx
		.select({ id: users.id, email: users.email })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(
			and(
				inArray(teamMembers.teamId, team),
				eq(teamMembers.teamRole, 'manager'),
				eq(users.active, true)
			)
		);
}

/** The allocated worker, and for urgent things the young person's team managers too. */
export async function recipientsFor(
	tx: Tx,
	youngPersonId: string,
	includeManagers: boolean
): Promise<Recipient[]> {
	const worker = await allocatedWorkers(tx, youngPersonId);
	// With no allocated worker, the managers hear about everything.
	const all =
		includeManagers || worker.length === 0
			? [...worker, ...(await teamManagers(tx, youngPersonId))]
			: worker;
	return [...new Map(all.map((r) => [r.id, r])).values()];
}

export async function tell(
	tx: Tx,
	person: Recipient,
	kind: Kind,
	youngPersonId: string,
	statementId: string | null,
	now: Date,
	mail?: { subject: string; body: string }
) {
	await tx
		.insert(notifications)
		.values({ userId: person.id, kind, statementId, youngPersonId, createdAt: now });
	const push = (person.youngPerson ? YOUNG_PERSON_PUSH : STAFF_PUSH)[kind];
	if (push) await queuePush(tx, person.id, push, now);
	if (!mail || !person.email) return;
	await tx.insert(mailOutbox).values({
		to: person.email,
		subject: mail.subject,
		body: mail.body,
		createdAt: now,
		nextAttemptAt: now
	});
}

export const statementLink = (statementId: string) =>
	`${appOrigin()}/worker/statements/${statementId}`;

export function appOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
