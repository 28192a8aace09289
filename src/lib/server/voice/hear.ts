import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { visibleStatements } from '../staff/scope';
import { findStatementRecording } from './queries';

/**
 * A statement's recording for a member of staff, by the rule that lets them
 * read the statement (staff/scope.ts, the urgent chain's reach included), with
 * the hearing or the download in the audit log. Null when it is not theirs to
 * hear, or there is none.
 */
export async function hearVoiceNote(
	actor: SessionUser,
	statementId: string,
	questionId: string,
	{ download, now }: { download: boolean; now: Date }
) {
	return await transaction(async (tx) => {
		const found = await findStatementRecording(
			statementId,
			questionId,
			visibleStatements(actor, { includeArchived: true }),
			tx
		);
		if (!found) return null;
		await recordAuditEvent(
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
