import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db';
import { draftVoiceNotes, statementVoiceNotes } from '../db/schema';
import type { Recording } from './recording';

/** Keeps new recordings on the draft and takes away those the child removed; inside the draft's own write. */
export function keepDraftRecordings(
	tx: Tx,
	draft: { youngPersonId: string; templateId: string },
	recordings: Map<string, Recording>,
	removed: Iterable<string>,
	now: Date
): void {
	const gone = [...removed, ...recordings.keys()];
	if (gone.length)
		tx.delete(draftVoiceNotes)
			.where(
				and(
					eq(draftVoiceNotes.youngPersonId, draft.youngPersonId),
					eq(draftVoiceNotes.templateId, draft.templateId),
					inArray(draftVoiceNotes.questionId, gone)
				)
			)
			.run();
	for (const [questionId, r] of recordings)
		tx.insert(draftVoiceNotes)
			.values({ ...draft, questionId, ...r, createdAt: now })
			.run();
}

/** Forgets every recording kept on a draft: sent, or thrown away. */
export function forgetDraftRecordings(
	tx: Tx,
	draft: { youngPersonId: string; templateId: string }
): void {
	tx.delete(draftVoiceNotes)
		.where(
			and(
				eq(draftVoiceNotes.youngPersonId, draft.youngPersonId),
				eq(draftVoiceNotes.templateId, draft.templateId)
			)
		)
		.run();
}

/** Stores a statement's recordings in the transaction that stores the statement. */
export function storeStatementRecordings(
	tx: Tx,
	statementId: string,
	recordings: Map<string, Recording>,
	now: Date
): void {
	for (const [questionId, r] of recordings)
		tx.insert(statementVoiceNotes)
			.values({ statementId, questionId, ...r, createdAt: now })
			.run();
}
