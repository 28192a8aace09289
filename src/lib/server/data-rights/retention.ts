import { and, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import { findTemplate } from '$lib/templates';
import { recordAuditEvent } from '../audit';
import { db, emptyWriteAheadLog, transaction, type Reader } from '../db';
import { rowsChanged } from '../db/rows';
import {
	aboutMe,
	chosenQuotes,
	complaintUpdates,
	complaints,
	drafts,
	draftVoiceNotes,
	outcomes,
	replies,
	sessions,
	statementVoiceNotes,
	statements,
	youngPeople
} from '../db/schema';
import { forgetLoopWords } from './retention-loops';
import { getSetting } from '../settings';

/**
 * Retention: once a record is archived, what the young person wrote is kept
 * only for the retention period. After it, free text goes (answers' text,
 * replies, outcome explanations, voice notes, About me, drafts, complaints and the notes on them); kinds, categories,
 * scores, choices and every timestamp stay, so past reports stay true.
 */

export function retentionCutoff(now: Date, months: number): Date {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	return cutoff;
}

/** Keeps what reports count (scores, choices, yes/no); drops every free-text answer. */
export function withoutFreeText(
	templateId: string,
	version: number,
	answers: Record<string, unknown>
): Record<string, unknown> {
	const template = findTemplate(templateId, version);
	const kept: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(answers)) {
		const question = template?.questions.find((q) => q.id === key);
		// Without its template we cannot tell a choice from words, so only numbers and yes/no stay.
		const keep = question
			? question.type !== 'text'
			: typeof value === 'number' || typeof value === 'boolean';
		if (keep) kept[key] = value;
	}
	return kept;
}

/**
 * The period runs from when the record was archived, not from when a statement
 * was sent: while a record is open every word is kept, and a care leaver's
 * words are kept for the whole period after their record closes.
 */
async function dueStatements(cutoff: Date, reader: Reader = db()) {
	return await reader
		.select({
			id: statements.id,
			youngPersonId: statements.youngPersonId,
			templateId: statements.templateId,
			templateVersion: statements.templateVersion,
			answers: statements.answers
		})
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.where(
			and(
				isNotNull(youngPeople.archivedAt),
				lte(youngPeople.archivedAt, cutoff),
				isNull(statements.anonymisedAt)
			)
		);
}

export async function countDueForRetention(now = new Date()): Promise<number> {
	return (await dueStatements(retentionCutoff(now, await getSetting('retentionMonths')))).length;
}

interface RetentionResult {
	statements: number;
	replies: number;
	outcomes: number;
	youngPeople: number;
}

/** Runs on demand (admin button) and daily (see retention-schedule.ts); one transaction, one audit event. */
export async function runRetention(
	now = new Date(),
	actorId: string | null = null
): Promise<RetentionResult> {
	const result = await removeDueWords(now, actorId);
	// Removed from the file's pages by secure_delete; from the log's file once it is emptied.
	await emptyWriteAheadLog();
	return result;
}

async function removeDueWords(now: Date, actorId: string | null): Promise<RetentionResult> {
	const cutoff = retentionCutoff(now, await getSetting('retentionMonths'));
	return await transaction(async (tx) => {
		const due = await dueStatements(cutoff, tx);
		const ids = due.map((s) => s.id);
		for (const s of due) {
			await tx
				.update(statements)
				.set({
					answers: withoutFreeText(s.templateId, s.templateVersion, s.answers),
					anonymisedAt: now
				})
				.where(eq(statements.id, s.id));
		}
		// A voice note is words said aloud: it goes with the written ones (ADR 37). A quote a lead
		// chose is the young person's words too, however edited: it goes, not only out of sight.
		if (ids.length) {
			await tx.delete(statementVoiceNotes).where(inArray(statementVoiceNotes.statementId, ids));
			await tx.delete(chosenQuotes).where(inArray(chosenQuotes.statementId, ids));
		}
		const repliesDone = ids.length
			? rowsChanged(
					await tx.update(replies).set({ body: '' }).where(inArray(replies.statementId, ids))
				)
			: 0;
		const outcomesDone = ids.length
			? rowsChanged(
					await tx
						.update(outcomes)
						.set({ explanation: '' })
						.where(inArray(outcomes.statementId, ids))
				)
			: 0;

		// Records archived longer than the period also lose their About me and any unsent drafts.
		const longArchived = (
			await tx
				.select({ id: youngPeople.id })
				.from(youngPeople)
				.where(lte(youngPeople.archivedAt, cutoff))
		).map((p) => p.id);
		if (longArchived.length) {
			const blank = { likes: '', important: '', support: '', tiredOfRepeating: '', updatedAt: now };
			await tx.update(aboutMe).set(blank).where(inArray(aboutMe.youngPersonId, longArchived));
			await tx.delete(drafts).where(inArray(drafts.youngPersonId, longArchived));
			await tx.delete(draftVoiceNotes).where(inArray(draftVoiceNotes.youngPersonId, longArchived));
			const theirComplaints = tx
				.select({ id: complaints.id })
				.from(complaints)
				.where(inArray(complaints.youngPersonId, longArchived));
			await tx
				.update(complaints)
				.set({ message: '' })
				.where(inArray(complaints.youngPersonId, longArchived));
			await tx
				.update(complaintUpdates)
				.set({ note: '' })
				.where(inArray(complaintUpdates.complaintId, theirComplaints));
			await forgetLoopWords(tx, longArchived);
		}
		// Sessions past their expiry can never be used again; they are deleted, not kept.
		const sessionsDeleted = rowsChanged(
			await tx.delete(sessions).where(lte(sessions.expiresAt, now))
		);
		const result = {
			statements: ids.length,
			replies: repliesDone,
			outcomes: outcomesDone,
			youngPeople: new Set(due.map((s) => s.youngPersonId)).size
		};
		await recordAuditEvent(
			tx,
			{
				actorId,
				action: 'retention_run',
				subjectType: 'retention',
				detail: { ...result, sessionsDeleted, cutoff: cutoff.toISOString() }
			},
			now
		);
		return result;
	});
}
