import { and, eq, isNull, type SQL } from 'drizzle-orm';
import { db, type Reader } from '../db';
import { draftVoiceNotes, statementVoiceNotes, statements } from '../db/schema';
import type { Recording } from './recording';

/** A recording's particulars without its bytes: what pages and exports say about it. */
export interface VoiceNoteAbout {
	questionId: string;
	contentType: string;
	size: number;
	durationMs: number | null;
}

const about = {
	questionId: draftVoiceNotes.questionId,
	contentType: draftVoiceNotes.contentType,
	size: draftVoiceNotes.size,
	durationMs: draftVoiceNotes.durationMs
};
const whole = { ...about, bytes: draftVoiceNotes.bytes, digest: draftVoiceNotes.digest };
const ofDraft = (youngPersonId: string, templateId: string) =>
	and(eq(draftVoiceNotes.youngPersonId, youngPersonId), eq(draftVoiceNotes.templateId, templateId));

/** The recordings kept on a young person's unfinished statement, by question. */
export async function listDraftVoiceNotes(
	youngPersonId: string,
	templateId: string
): Promise<VoiceNoteAbout[]> {
	return await db().select(about).from(draftVoiceNotes).where(ofDraft(youngPersonId, templateId));
}

/** The kept recordings with their bytes, to go with the statement when it is sent. */
export async function findDraftRecordings(
	youngPersonId: string,
	templateId: string
): Promise<Map<string, Recording>> {
	const rows = db().select(whole).from(draftVoiceNotes).where(ofDraft(youngPersonId, templateId));
	return new Map((await rows).map(({ questionId, ...r }) => [questionId, r]));
}

/** One kept recording, for the child to listen back to: their own draft only. */
export async function findOwnDraftRecording(
	youngPersonId: string,
	templateId: string,
	questionId: string
) {
	return (
		await db()
			.select(whole)
			.from(draftVoiceNotes)
			.where(and(ofDraft(youngPersonId, templateId), eq(draftVoiceNotes.questionId, questionId)))
			.limit(1)
	)[0];
}

/** A sent statement's recordings with their bytes (the caller has already checked who may hear them). */
export async function findStatementRecordings(
	statementId: string,
	reader: Reader = db()
): Promise<Map<string, Recording>> {
	const rows = await reader
		.select({
			questionId: statementVoiceNotes.questionId,
			contentType: statementVoiceNotes.contentType,
			size: statementVoiceNotes.size,
			durationMs: statementVoiceNotes.durationMs,
			bytes: statementVoiceNotes.bytes,
			digest: statementVoiceNotes.digest
		})
		.from(statementVoiceNotes)
		.where(eq(statementVoiceNotes.statementId, statementId));
	return new Map(rows.map(({ questionId, ...r }) => [questionId, r]));
}

/** Same recordings, question for question: a resent form is the same statement only then. */
export function sameRecordings(a: Map<string, Recording>, b: Map<string, Recording>): boolean {
	if (a.size !== b.size) return false;
	for (const [id, r] of a) if (b.get(id)?.digest !== r.digest) return false;
	return true;
}

/**
 * One sent recording, while the statement's words are still kept, for whoever `mayHear` lets
 * hear it: the young person who sent it, or staff by the rule that lets them read the statement.
 */
export async function findStatementRecording(
	statementId: string,
	questionId: string,
	mayHear: SQL | undefined,
	database: Reader = db()
) {
	return (
		await database
			.select({
				youngPersonId: statements.youngPersonId,
				kind: statements.kind,
				sentAt: statements.sentAt,
				contentType: statementVoiceNotes.contentType,
				bytes: statementVoiceNotes.bytes
			})
			.from(statementVoiceNotes)
			.innerJoin(statements, eq(statementVoiceNotes.statementId, statements.id))
			.where(
				and(
					eq(statements.id, statementId),
					eq(statementVoiceNotes.questionId, questionId),
					isNull(statements.anonymisedAt),
					mayHear
				)
			)
			.limit(1)
	)[0];
}

/** One of the young person's own sent recordings. */
export const findOwnStatementRecording = async (
	youngPersonId: string,
	statementId: string,
	questionId: string
) =>
	await findStatementRecording(
		statementId,
		questionId,
		eq(statements.youngPersonId, youngPersonId)
	);
