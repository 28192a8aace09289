import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { db, transaction, type Tx } from '../db';
import { writeInTurn, type WriteAtOnce } from '../db/alone';
import { mailOutbox } from '../db/schema';
import { retryDelayMs } from '../retry-delay';

/** How many emails are read from the outbox at a time. */
export const MAIL_BATCH = 25;

/** Mail that is due: not sent, and its next attempt time has come. Oldest first. */
export async function listDueMail(now: Date, limit = MAIL_BATCH) {
	return await db()
		.select()
		.from(mailOutbox)
		.where(and(isNull(mailOutbox.sentAt), lte(mailOutbox.nextAttemptAt, now)))
		.orderBy(asc(mailOutbox.createdAt))
		.limit(limit);
}

/** Once sent, a password link is no longer kept: a copy of the database cannot be used to take an account. */
export const SENT_LINK_REMOVED =
	'(This email held a link to set a password. Heard removed it once the email was sent.)';

/**
 * Marks an email sent, at once: the mail job passes the write of its own session (db/alone.ts),
 * so the gap between the mail server's "accepted" and this mark, in which a killed server would
 * leave the email to be sent again, is one statement long.
 */
export async function markMailSent(
	id: string,
	now: Date,
	writeAtOnce: WriteAtOnce = writeInTurn
): Promise<void> {
	await writeAtOnce(markSentStatement(id, now));
}

/** The statement that marks an email sent, for a job to run at once (or the mail thread to). */
export function markSentStatement(id: string, now: Date) {
	return (tx: Tx) =>
		tx
			.update(mailOutbox)
			.set({
				sentAt: now,
				lastError: null,
				body: sql`CASE WHEN ${mailOutbox.holdsLink} THEN ${SENT_LINK_REMOVED} ELSE ${mailOutbox.body} END`
			})
			.where(eq(mailOutbox.id, id));
}

/** The row stays in the outbox; it is tried again later, later each time. */
export async function markMailFailed(
	id: string,
	attemptsBefore: number,
	error: string,
	now: Date
): Promise<void> {
	const attempts = attemptsBefore + 1;
	await transaction((tx) =>
		tx
			.update(mailOutbox)
			.set({
				attempts,
				lastError: error.slice(0, 500),
				nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts))
			})
			.where(eq(mailOutbox.id, id))
	);
}
