import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { readInFull, visibleStatement } from '../inbox/mutations';

/**
 * Every copy that leaves Heard for the case record is audited, one event per statement. A copy
 * holds the young person's whole words, so making it is reading them: an unread statement is
 * marked read, as opening it would (the inbox, the export and the young person all say so).
 * Returns when each statement this member of staff may export was first read (null: not yet, as
 * on an archived record); a statement missing from the answer is not theirs to export.
 */
export async function recordStatementsExported(
	actor: SessionUser,
	statementIds: string[],
	detail: { format: 'print' | 'text'; meetingId?: string },
	now = new Date()
): Promise<Map<string, Date | null>> {
	return await transaction(async (tx) => {
		const firstRead = new Map<string, Date | null>();
		for (const statementId of statementIds) {
			// The same reach as the export's own read: archived records included, never the urgent chain.
			const statement = await visibleStatement(tx, actor, statementId, { includeArchived: true });
			if (!statement) continue;
			firstRead.set(statementId, await readInFull(tx, actor, statement, now));
			await recordAuditEvent(
				tx,
				{
					actorId: actor.id,
					action: 'statement_exported',
					subjectType: 'statement',
					subjectId: statementId,
					youngPersonId: statement.youngPersonId,
					detail
				},
				now
			);
		}
		return firstRead;
	});
}
