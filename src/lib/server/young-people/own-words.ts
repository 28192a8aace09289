import { and, eq } from 'drizzle-orm';
import { recordAuditEvent, recordAuditEventAlone, sentBeforeWithKey } from '../audit';
import { db } from '../db';
import { replies, statements } from '../db/schema';
import { complaintsOf } from '../complaints/team-queries';
import { notifyYoungPersonReplied } from '../notifications/notify';
import { toldInWords } from './told-in-words';
import { statementsInWords } from './words';

/**
 * "Download my words": everything they said and every answer, what they were
 * told after meetings and by new workers, every complaint or request for an advocate with
 * what the complaints team told them, and an audit event saying they took a copy.
 */
export function takeOwnWords(
	youngPersonId: string,
	userId: string,
	format: 'page' | 'text',
	now = new Date()
) {
	recordAuditEventAlone(
		{
			actorId: userId,
			action: 'own_words_downloaded',
			subjectType: 'young_person',
			subjectId: youngPersonId,
			youngPersonId,
			detail: { format }
		},
		now
	);
	return {
		said: statementsInWords(youngPersonId),
		told: toldInWords(youngPersonId),
		asked: askedInWords(youngPersonId)
	};
}

/** Their complaints as they see them: what they wrote and each update, not who in the team wrote it. */
const askedInWords = (youngPersonId: string) =>
	complaintsOf(youngPersonId).map(({ id, kind, message, createdAt, updates }) => ({
		id,
		kind,
		message,
		createdAt,
		updates: updates.map(({ status, note, at }) => ({ status, note, at }))
	}));
export type OwnWords = ReturnType<typeof takeOwnWords>;

type CorrectionRequest = {
	youngPersonId: string;
	authorId: string;
	statementId: string;
	body: string;
	/** The form's key: sent twice, it is stored once and the worker is told once. */
	idempotencyKey?: string;
};

/**
 * A young person asks for something to be corrected: a reply in the
 * statement's thread, flagged, so it reaches their worker like any answer
 * back (see docs/adr/0004-correction-requests.md).
 */
export function requestCorrection(
	{ youngPersonId, authorId: userId, statementId, body, idempotencyKey: key }: CorrectionRequest,
	now = new Date()
): 'ok' | 'not_found' {
	const own = db()
		.select({ id: statements.id })
		.from(statements)
		.where(and(eq(statements.id, statementId), eq(statements.youngPersonId, youngPersonId)))
		.get();
	if (!own) return 'not_found';
	db().transaction((tx) => {
		if (
			key &&
			sentBeforeWithKey(tx, 'correction_requested', { subjectId: statementId }, key) !== null
		)
			return;
		tx.insert(replies)
			.values({ statementId, authorId: userId, body, isCorrectionRequest: true, createdAt: now })
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: userId,
				action: 'correction_requested',
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
