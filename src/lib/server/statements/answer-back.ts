import { and, eq, sql } from 'drizzle-orm';
import { recordAuditEvent, sentBeforeWithKey } from '../audit';
import { db, transaction } from '../db';
import { outcomes, replies, statements } from '../db/schema';
import { notifyYoungPersonReplied } from '../notifications/notify';

/*
 * The young person's side of an answer to what they sent: they answer back and say whether
 * they felt listened to, as after a meeting (meetings/after/answer-back.ts).
 */

/** The young person's own statement, or nothing: every write below checks ownership first. */
async function ownStatement(youngPersonId: string, statementId: string) {
	return (
		await db()
			.select({
				id: statements.id,
				firstRepliedAt: statements.firstRepliedAt,
				closedAt: statements.closedAt,
				answeredBackAt: statements.answeredBackAt,
				anonymisedAt: statements.anonymisedAt,
				decided:
					sql<boolean>`exists (select 1 from ${outcomes} where ${outcomes.statementId} = ${statements.id})`.mapWith(
						Boolean
					)
			})
			.from(statements)
			.where(and(eq(statements.id, statementId), eq(statements.youngPersonId, youngPersonId)))
			.limit(1)
	)[0];
}

/** "Did you feel listened to?" — once there is an answer to feel listened to about. */
export async function rateListened(
	youngPersonId: string,
	statementId: string,
	rating: number
): Promise<'ok' | 'not_found' | 'no_answer_yet'> {
	const statement = await ownStatement(youngPersonId, statementId);
	if (!statement) return 'not_found';
	const hasOutcome = (
		await db()
			.select({ id: outcomes.statementId })
			.from(outcomes)
			.where(eq(outcomes.statementId, statementId))
			.limit(1)
	)[0];
	if (!statement.firstRepliedAt && !hasOutcome) return 'no_answer_yet';
	await transaction((tx) =>
		tx.update(statements).set({ listenedRating: rating }).where(eq(statements.id, statementId))
	);
	return 'ok';
}

type AnswerBack = {
	youngPersonId: string;
	authorId: string;
	statementId: string;
	body: string;
	/** The form's key: sent twice, it is stored once and the worker is told once. */
	idempotencyKey?: string;
};

/** The young person answers back in the thread; their worker is told without content. */
export const replyAsYoungPerson = async (answer: AnswerBack, now = new Date()) =>
	await answerBack(answer, 'young_person_replied', now);

/**
 * A young person asks for something to be corrected: a reply in the statement's thread,
 * flagged, so it reaches their worker like any answer back (docs/adr/0004-correction-requests.md).
 */
export const requestCorrection = async (answer: AnswerBack, now = new Date()) =>
	await answerBack(answer, 'correction_requested', now);

async function answerBack(
	{ youngPersonId, authorId: userId, statementId, body, idempotencyKey: key }: AnswerBack,
	action: 'young_person_replied' | 'correction_requested',
	now: Date
): Promise<'ok' | 'not_found'> {
	const statement = await ownStatement(youngPersonId, statementId);
	if (!statement) return 'not_found';
	await transaction(async (tx) => {
		if (key && (await sentBeforeWithKey(tx, action, { subjectId: statementId }, key)) !== null)
			return;
		const isCorrectionRequest = action === 'correction_requested';
		await tx
			.insert(replies)
			.values({ statementId, authorId: userId, body, isCorrectionRequest, createdAt: now });
		// Written back after an answer (a reply, a decision), it waits for staff again, from the
		// first word nobody has answered yet. Before any answer it is waiting already.
		const answeredBefore =
			statement.firstRepliedAt !== null || statement.closedAt !== null || statement.decided;
		if (answeredBefore && statement.answeredBackAt === null)
			await tx
				.update(statements)
				.set({ answeredBackAt: now })
				.where(eq(statements.id, statementId));
		await recordAuditEvent(
			tx,
			{
				actorId: userId,
				action,
				subjectType: 'statement',
				subjectId: statementId,
				youngPersonId,
				detail: key ? { key } : undefined
			},
			now
		);
		await notifyYoungPersonReplied(tx, statementId, now);
	});
	return 'ok';
}
