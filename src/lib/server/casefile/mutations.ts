import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';

/** Every copy that leaves Heard for the case record is audited, one event per statement. */
export async function recordStatementsExported(
	actor: SessionUser,
	exported: { statementId: string; youngPersonId: string }[],
	detail: { format: 'print' | 'text'; meetingId?: string },
	now = new Date()
): Promise<void> {
	await transaction(async (tx) => {
		for (const s of exported) {
			await recordAuditEvent(
				tx,
				{
					actorId: actor.id,
					action: 'statement_exported',
					subjectType: 'statement',
					subjectId: s.statementId,
					youngPersonId: s.youngPersonId,
					detail
				},
				now
			);
		}
	});
}
