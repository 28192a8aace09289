import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { statementVoiceNotes, statements } from '../db/schema';
import { visibleStatements } from '../staff/scope';

/**
 * A statement's recording for a member of staff, by the rule that lets them
 * read the statement (staff/scope.ts, the urgent chain's reach included), with
 * the hearing or the download in the audit log. Null when it is not theirs to
 * hear, or there is none.
 */
export function hearVoiceNote(
	actor: SessionUser,
	statementId: string,
	questionId: string,
	{ download, now }: { download: boolean; now: Date }
) {
	return db().transaction((tx) => {
		const found = tx
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
					visibleStatements(actor, { includeArchived: true })
				)
			)
			.get();
		if (!found) return null;
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: download ? 'voice_note_downloaded' : 'voice_note_played',
				subjectType: 'statement',
				subjectId: statementId,
				youngPersonId: found.youngPersonId,
				detail: { question: questionId }
			},
			now
		);
		return found;
	});
}
