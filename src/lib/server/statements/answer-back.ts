import { and, eq } from 'drizzle-orm';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { db } from '../db';
import { outcomes, replies, statements } from '../db/schema';
import { notifyYoungPersonReplied } from '../notifications/notify';

/*
 * The young person's side of an answer to what they sent: they answer back and say whether
 * they felt listened to, as after a meeting (meetings/after/answer-back.ts).
 */

/** The young person's own statement, or nothing: every write below checks ownership first. */
function ownStatement(youngPersonId: string, statementId: string) {
	return db()
		.select({
			id: statements.id,
			firstRepliedAt: statements.firstRepliedAt,
			anonymisedAt: statements.anonymisedAt
		})
		.from(statements)
		.where(and(eq(statements.id, statementId), eq(statements.youngPersonId, youngPersonId)))
		.get();
}

/** "Did you feel listened to?" — once there is an answer to feel listened to about. */
export function rateListened(
	youngPersonId: string,
	statementId: string,
	rating: number
): 'ok' | 'not_found' | 'no_answer_yet' {
	const statement = ownStatement(youngPersonId, statementId);
	if (!statement) return 'not_found';
	const hasOutcome = db()
		.select({ id: outcomes.statementId })
		.from(outcomes)
		.where(eq(outcomes.statementId, statementId))
		.get();
	if (!statement.firstRepliedAt && !hasOutcome) return 'no_answer_yet';
	db()
		.update(statements)
		.set({ listenedRating: rating })
		.where(eq(statements.id, statementId))
		.run();
	return 'ok';
}

/** The young person answers back in the thread; their worker is told without content. */
export function replyAsYoungPerson(
	{
		youngPersonId,
		authorId: userId,
		statementId,
		body,
		idempotencyKey: key
	}: {
		youngPersonId: string;
		authorId: string;
		statementId: string;
		body: string;
		/** The reply form's key: sent twice, it is stored once. */
		idempotencyKey?: string;
	},
	now = new Date()
): 'ok' | 'not_found' {
	if (!ownStatement(youngPersonId, statementId)) return 'not_found';
	db().transaction((tx) => {
		if (
			key &&
			sentBeforeWithKey(tx, 'young_person_replied', { subjectId: statementId }, key) !== null
		)
			return;
		tx.insert(replies).values({ statementId, authorId: userId, body, createdAt: now }).run();
		recordAuditEvent(
			tx,
			{
				actorId: userId,
				action: 'young_person_replied',
				subjectType: 'statement',
				subjectId: statementId,
				youngPersonId,
				detail: key ? { key } : undefined
			},
			now
		);
		notifyYoungPersonReplied(tx, statementId, now);
	});
	return 'ok';
}
