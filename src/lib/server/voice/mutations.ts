import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db';
import { draftVoiceNotes, statementVoiceNotes } from '../db/schema';
import type { Recording } from './recording';

/** Keeps new recordings on the draft and takes away those the child removed; inside the draft's own write. */
export async function keepDraftRecordings(
	tx: Tx,
	draft: { youngPersonId: string; templateId: string },
	recordings: Map<string, Recording>,
	removed: Iterable<string>,
	now: Date
): Promise<void> {
	const gone = [...removed, ...recordings.keys()];
	if (gone.length)
		await tx
			.delete(draftVoiceNotes)
			.where(
				and(
					eq(draftVoiceNotes.youngPersonId, draft.youngPersonId),
					eq(draftVoiceNotes.templateId, draft.templateId),
					inArray(draftVoiceNotes.questionId, gone)
				)
			);
	for (const [questionId, r] of recordings)
		await tx.insert(draftVoiceNotes).values({ ...draft, questionId, ...r, createdAt: now });
}

/** Forgets every recording kept on a draft: sent, or thrown away. */
export async function forgetDraftRecordings(
	tx: Tx,
	draft: { youngPersonId: string; templateId: string }
): Promise<void> {
	await tx
		.delete(draftVoiceNotes)
		.where(
			and(
				eq(draftVoiceNotes.youngPersonId, draft.youngPersonId),
				eq(draftVoiceNotes.templateId, draft.templateId)
			)
		);
}

/** Every recording on a young person's unfinished statements (a replaced sign-in: forgetEveryDraft). */
export async function forgetAllDraftRecordings(tx: Tx, youngPersonId: string): Promise<void> {
	await tx.delete(draftVoiceNotes).where(eq(draftVoiceNotes.youngPersonId, youngPersonId));
}

/** Stores a statement's recordings in the transaction that stores the statement. */
export async function storeStatementRecordings(
	tx: Tx,
	statementId: string,
	recordings: Map<string, Recording>,
	now: Date
): Promise<void> {
	for (const [questionId, r] of recordings)
		await tx.insert(statementVoiceNotes).values({ statementId, questionId, ...r, createdAt: now });
}
