import { theRow } from '../db/rows';
import { and, eq } from 'drizzle-orm';
import { isUrgent, type Answers, type Template } from '$lib/templates';
import { changeCategoryOf } from '$lib/templates/answer-map';
import { recordAuditEvent } from '../audit';
import { transaction, type Tx } from '../db';
import { drafts, statements } from '../db/schema';
import { notifyStatementSent } from '../notifications/notify';
import { startUrgentChain } from '../notifications/urgent';
import { SENT_FIELDS, isSameStatement } from './resent';
import type { Recording } from '../voice/recording';
import { findStatementRecordings, sameRecordings } from '../voice/queries';
import {
	forgetAllDraftRecordings,
	forgetDraftRecordings,
	keepDraftRecordings,
	storeStatementRecordings
} from '../voice/mutations';

interface NewStatement {
	template: Template;
	answers: Answers;
	consentToShare: boolean;
	/** One per rendered form: a double tap or a resent request stores one statement. */
	idempotencyKey: string;
	meetingId: string | null;
	completedWithWorkerId?: string | null;
	/** Sent from the simple form, which leaves some questions out. */
	simpleMode?: boolean;
	/** Recorded answers by question, stored with the statement or not at all. */
	recordings?: Map<string, Recording>;
	/** The language of the page it was written on. */
	language?: string | null;
}

type SubmitResult = { id: string; urgent: boolean; duplicate: boolean };

/**
 * Stores a statement, its audit event and its notifications in one
 * transaction, and clears the draft it came from. Sending the same form twice
 * returns the first statement.
 */
export async function submitStatement(
	youngPersonId: string,
	actorId: string,
	input: NewStatement,
	now = new Date()
): Promise<SubmitResult> {
	return await transaction(async (tx): Promise<SubmitResult> => {
		const urgent = isUrgent(input.template, input.answers);
		// Stored first, and read back only if the key was taken: on PostgreSQL a read of the key's
		// index before the insert would lock its page for the transaction, and every send at the
		// same time (whose keys share that page while the table is small) would clash with it.
		const stored = (
			await tx
				.insert(statements)
				.values({
					youngPersonId,
					kind: input.template.kind,
					templateId: input.template.id,
					templateVersion: input.template.version,
					answers: input.answers,
					status: 'sent',
					urgent,
					consentToShare: input.consentToShare && !input.template.crisis,
					completedWithWorkerId: input.completedWithWorkerId ?? null,
					simpleMode: input.simpleMode ?? null,
					language: input.language ?? null,
					meetingId: input.meetingId,
					changeCategory: changeCategoryOf(input.template, input.answers),
					idempotencyKey: input.idempotencyKey,
					sentAt: now
				})
				.onConflictDoNothing({ target: statements.idempotencyKey })
				.returning({ id: statements.id })
		)[0];
		if (!stored) return await theSameStatementAgain(tx, youngPersonId, input);
		const { id } = stored;
		await recordAuditEvent(
			tx,
			{ actorId, action: 'statement_sent', subjectType: 'statement', subjectId: id, youngPersonId },
			now
		);
		await storeStatementRecordings(tx, id, input.recordings ?? new Map(), now);
		const told = await notifyStatementSent(tx, { id, youngPersonId, urgent }, now);
		if (urgent) await startUrgentChain(tx, { id, youngPersonId }, told, now);
		await tx
			.delete(drafts)
			.where(
				and(eq(drafts.youngPersonId, youngPersonId), eq(drafts.templateId, input.template.id))
			);
		await forgetDraftRecordings(tx, { youngPersonId, templateId: input.template.id });
		return { id, urgent, duplicate: false };
	});
}

/**
 * The form was sent before (a double tap, a resend after a lost answer): the first statement, if
 * this one says the same. The send form checks both first and tells the young person; reaching a
 * mismatch here is a fault, never silence.
 */
async function theSameStatementAgain(
	tx: Tx,
	youngPersonId: string,
	input: NewStatement
): Promise<SubmitResult> {
	const earlier = theRow(
		await tx
			.select({ ...SENT_FIELDS, urgent: statements.urgent })
			.from(statements)
			.where(eq(statements.idempotencyKey, input.idempotencyKey))
			.limit(1)
	);
	if (earlier.youngPersonId !== youngPersonId)
		throw new Error('Idempotency key reused across young people');
	const sameWords =
		isSameStatement(earlier, input) &&
		sameRecordings(await findStatementRecordings(earlier.id, tx), input.recordings ?? new Map());
	if (!sameWords) throw new Error('Idempotency key reused with different words');
	return { id: earlier.id, urgent: earlier.urgent, duplicate: true };
}

/** Recordings added to a draft, and those the child took away. */
export interface DraftRecordings {
	recordings: Map<string, Recording>;
	removed: Iterable<string>;
}

/** Keeps unfinished words (and recordings) on the server, so they survive a lost phone or a closed tab. */
export async function saveDraft(
	youngPersonId: string,
	templateId: string,
	answers: Answers,
	now = new Date(),
	voice: DraftRecordings = { recordings: new Map(), removed: [] }
): Promise<void> {
	await transaction(async (tx) => {
		await tx
			.insert(drafts)
			.values({ youngPersonId, templateId, answers, updatedAt: now })
			.onConflictDoUpdate({
				target: [drafts.youngPersonId, drafts.templateId],
				set: { answers, updatedAt: now }
			});
		await keepDraftRecordings(
			tx,
			{ youngPersonId, templateId },
			voice.recordings,
			voice.removed,
			now
		);
	});
}

export async function discardDraft(youngPersonId: string, templateId: string): Promise<void> {
	await transaction(async (tx) => {
		await tx
			.delete(drafts)
			.where(and(eq(drafts.youngPersonId, youngPersonId), eq(drafts.templateId, templateId)));
		await forgetDraftRecordings(tx, { youngPersonId, templateId });
	});
}

/**
 * Every unsent word a young person has kept, in the transaction that replaces their sign-in:
 * drafts belong to the sign-in that wrote them, and whoever holds the new code (most often the
 * child; possibly the worker who made it) must not open them.
 */
export async function forgetEveryDraft(tx: Tx, youngPersonId: string): Promise<void> {
	await tx.delete(drafts).where(eq(drafts.youngPersonId, youngPersonId));
	await forgetAllDraftRecordings(tx, youngPersonId);
}
