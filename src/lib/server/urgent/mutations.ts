import { and, eq, isNull } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { rowsChanged } from '../db/rows';
import { statements } from '../db/schema';
import { visibleStatement } from '../inbox/mutations';
import { notifyYoungPerson } from '../notifications/notify';

type AcknowledgeResult = 'ok' | 'already' | 'not_found' | 'not_urgent';

/**
 * "I'm dealing with this": someone who may see an urgent statement (its worker, a team
 * manager, the out-of-hours team or the senior manager it reached) says they have it in hand.
 * Acknowledged is not read: it stops the urgent chain, and the young person sees that someone
 * is dealing with it, and when. Pressed twice, or by two people, the first stands.
 */
export async function acknowledgeUrgent(
	actor: SessionUser,
	statementId: string,
	now = new Date()
): Promise<AcknowledgeResult> {
	return await transaction(async (tx): Promise<AcknowledgeResult> => {
		const statement = await visibleStatement(tx, actor, statementId, { urgentReach: true });
		if (!statement) return 'not_found';
		if (!statement.urgent) return 'not_urgent';
		const claimed = await tx
			.update(statements)
			.set({
				acknowledgedAt: now,
				acknowledgedBy: actor.id,
				nextEscalationAt: null,
				firstReadAt: statement.firstReadAt ?? now,
				firstReadBy: statement.firstReadBy ?? actor.id,
				status: statement.status === 'sent' ? 'read' : statement.status
			})
			.where(and(eq(statements.id, statementId), isNull(statements.acknowledgedAt)));
		if (rowsChanged(claimed) === 0) return 'already';
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'urgent_acknowledged',
				subjectType: 'statement',
				subjectId: statementId,
				youngPersonId: statement.youngPersonId,
				detail: statement.viaUrgentReach ? { via: 'urgent_chain' } : undefined
			},
			now
		);
		await notifyYoungPerson(tx, statement.youngPersonId, 'acknowledged', statementId, now);
		return 'ok';
	});
}
