import { and, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '../db';
import { allocations, mailOutbox, notifications, statements, teamMembers, users, youngPeople } from '../db/schema';

export interface SentStatement {
	id: string;
	youngPersonId: string;
	urgent: boolean;
}

/** The allocated worker, and for urgent things the young person's team managers too. */
function recipientsFor(youngPersonId: string, includeManagers: boolean): { id: string; email: string | null }[] {
	const worker = db()
		.select({ id: users.id, email: users.email })
		.from(allocations)
		.innerJoin(users, eq(allocations.workerId, users.id))
		.where(and(eq(allocations.youngPersonId, youngPersonId), isNull(allocations.endedAt), eq(users.active, true)))
		.all();
	const team = db().select({ teamId: youngPeople.teamId }).from(youngPeople).where(eq(youngPeople.id, youngPersonId));
	const managers = db()
		.select({ id: users.id, email: users.email })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(and(inArray(teamMembers.teamId, team), eq(teamMembers.teamRole, 'manager'), eq(users.active, true)))
		.all();
	// With no allocated worker, the managers hear about everything.
	const all = includeManagers || worker.length === 0 ? [...worker, ...managers] : worker;
	return [...new Map(all.map((r) => [r.id, r])).values()];
}

/**
 * Tells staff a statement arrived: an in-app notification and an email with no
 * content and no name. Call inside the transaction that stores the statement,
 * so the statement and its notifications commit together.
 */
export function notifyStatementSent(statement: SentStatement, now: Date): void {
	for (const person of recipientsFor(statement.youngPersonId, statement.urgent)) {
		db()
			.insert(notifications)
			.values({
				userId: person.id,
				kind: statement.urgent ? 'urgent_statement' : 'new_statement',
				statementId: statement.id,
				youngPersonId: statement.youngPersonId,
				createdAt: now
			})
			.run();
		if (!person.email) continue;
		db()
			.insert(mailOutbox)
			.values({
				to: person.email,
				subject: statement.urgent ? 'Heard: an urgent message is waiting' : 'Heard: a young person has sent something',
				body: statement.urgent
					? `A young person you work with has sent something urgent. Please sign in to read it now:\n\n${appOrigin()}/worker\n`
					: `A young person you work with has sent something. Sign in to read it:\n\n${appOrigin()}/worker\n`,
				createdAt: now,
				nextAttemptAt: now
			})
			.run();
	}
}

/** A young person answered back on one of their statements: their worker hears, with no content. */
export function notifyYoungPersonReplied(statementId: string, now: Date): void {
	const statement = db().select({ youngPersonId: statements.youngPersonId }).from(statements).where(eq(statements.id, statementId)).get();
	if (!statement) return;
	for (const person of recipientsFor(statement.youngPersonId, false)) {
		db().insert(notifications).values({ userId: person.id, kind: 'reply', statementId, youngPersonId: statement.youngPersonId, createdAt: now }).run();
		if (!person.email) continue;
		db()
			.insert(mailOutbox)
			.values({
				to: person.email,
				subject: 'Heard: a young person has answered you',
				body: `A young person you work with has answered you. Sign in to read it:\n\n${appOrigin()}/worker\n`,
				createdAt: now,
				nextAttemptAt: now
			})
			.run();
	}
}

export function appOrigin(): string {
	return process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
}
