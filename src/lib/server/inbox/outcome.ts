import { eq } from 'drizzle-orm';
import type { OutcomeDecision } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { outcomes } from '../db/schema';
import { notifyYoungPerson } from '../notifications/notify';
import { answered, visibleStatement } from './mutations';

interface OutcomeInput {
	statementId: string;
	decision: OutcomeDecision;
	explanation: string;
}

type OutcomeResult =
	'ok' | 'unchanged' | 'not_found' | 'not_a_change_request' | 'explanation_required';

/**
 * The answer to a make-a-change request, explained for the child. "Still
 * working on it" keeps the request open; any other decision closes it.
 */
export async function recordOutcome(
	actor: SessionUser,
	input: OutcomeInput,
	now = new Date()
): Promise<OutcomeResult> {
	const explanation = input.explanation.trim();
	if (!explanation) return 'explanation_required';
	return await transaction(async (tx): Promise<OutcomeResult> => {
		const statement = await visibleStatement(tx, actor, input.statementId);
		if (!statement) return 'not_found';
		if (statement.kind !== 'make_a_change') return 'not_a_change_request';
		const earlier = (
			await tx.select().from(outcomes).where(eq(outcomes.statementId, input.statementId)).limit(1)
		)[0];
		// A resent form changes nothing and tells the young person nothing twice; but the same
		// decision given again after they wrote back is an answer to them, and they are told.
		const same = earlier?.decision === input.decision && earlier.explanation === explanation;
		if (same && statement.answeredBackAt === null) return 'unchanged';
		const values = { decision: input.decision, explanation, recordedBy: actor.id, recordedAt: now };
		await tx
			.insert(outcomes)
			.values({ statementId: input.statementId, ...values })
			.onConflictDoUpdate({ target: outcomes.statementId, set: values });
		const closes = input.decision !== 'still_working';
		await answered(tx, actor, statement, now, {
			status: closes ? 'closed' : statement.firstRepliedAt ? 'replied' : 'read',
			closedAt: closes ? now : null
		});
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'outcome_recorded',
				subjectType: 'statement',
				subjectId: input.statementId,
				youngPersonId: statement.youngPersonId,
				detail: { decision: input.decision }
			},
			now
		);
		await notifyYoungPerson(tx, statement.youngPersonId, 'outcome', input.statementId, now);
		return 'ok';
	});
}
