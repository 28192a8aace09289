import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Tx } from '../db';
import { rowsChanged } from '../db/rows';
import { statements } from '../db/schema';
import { belongsToOpenRecord } from '../staff/scope';
import { notifyEscalation } from './notify';
import { tell } from './tell';
import { CHAIN, dueAfter, peopleFor, recordAlert, seniorMail, tellOutOfHoursTeam } from './urgent';

type Due = {
	id: string;
	youngPersonId: string;
	escalationStep: number;
	nextEscalationAt: Date | null;
	dutyAlertedAt: Date | null;
};

/**
 * Urgent statements nobody has acknowledged take the next step of their chain when it is due
 * (notifications/urgent.ts): the team managers ("escalated": they join the managers' urgent
 * list and are emailed again), the out-of-hours team, the named senior manager. Archived
 * records are passed over (staff/scope.ts). `now` is a parameter so tests need not wait hours.
 * Returns the statements that took a step.
 */
export async function runEscalation(now = new Date()): Promise<string[]> {
	const due = await db()
		.select({
			id: statements.id,
			youngPersonId: statements.youngPersonId,
			escalationStep: statements.escalationStep,
			nextEscalationAt: statements.nextEscalationAt,
			dutyAlertedAt: statements.dutyAlertedAt
		})
		.from(statements)
		// Written out, not bound: SQLite uses the partial index of statements with a step to come
		// only when the query states its condition literally.
		.where(
			and(
				sql`${statements.nextEscalationAt} is not null`,
				lte(statements.nextEscalationAt, now),
				belongsToOpenRecord(statements.youngPersonId)
			)
		);
	const stepped: string[] = [];
	for (const statement of due) {
		const took = await transaction(async (tx) => {
			const claimed = await tx
				.update(statements)
				.set({ nextEscalationAt: null })
				.where(
					and(
						eq(statements.id, statement.id),
						eq(statements.nextEscalationAt, statement.nextEscalationAt!),
						isNull(statements.acknowledgedAt)
					)
				);
			// Acknowledged or stepped since the select: nothing to do.
			if (rowsChanged(claimed) === 0) return false;
			return await takeNextStep(tx, statement, now);
		});
		if (took) stepped.push(statement.id);
	}
	return stepped;
}

/** The first step from the statement's place in the chain that has someone to tell. */
async function takeNextStep(tx: Tx, s: Due, now: Date): Promise<boolean> {
	const dutyTold = s.dutyAlertedAt !== null;
	for (let i = s.escalationStep; i < CHAIN.length; i++) {
		const step = CHAIN[i]!;
		if (step === 'duty' && dutyTold) continue;
		let told: number;
		if (step === 'manager') {
			told = await notifyEscalation(tx, s, now);
		} else if (step === 'duty') {
			told = await tellOutOfHoursTeam(tx, s, now);
		} else {
			const people = await peopleFor(tx, 'senior');
			for (const person of people)
				await tell(tx, person, 'escalation', s.youngPersonId, s.id, now, seniorMail(s.id));
			told = people.length;
		}
		// The team manager's step always counts (the statement joins their urgent list); a later
		// step with nobody to tell is passed over.
		if (step !== 'manager' && told === 0) continue;
		const next = await dueAfter(tx, i, dutyTold || step === 'duty', now);
		await tx
			.update(statements)
			.set({
				escalationStep: next.next,
				nextEscalationAt: next.at,
				...(step === 'manager' ? { escalatedAt: now } : {}),
				...(step === 'duty' ? { dutyAlertedAt: now } : {}),
				...(step === 'senior' ? { seniorAlertedAt: now } : {})
			})
			.where(eq(statements.id, s.id));
		await recordAlert(tx, s.id, step, told, now);
		await recordAuditEvent(
			tx,
			{
				actorId: null,
				action: 'statement_escalated',
				subjectType: 'statement',
				subjectId: s.id,
				youngPersonId: s.youngPersonId,
				detail: { step, told }
			},
			now
		);
		return true;
	}
	return false;
}
