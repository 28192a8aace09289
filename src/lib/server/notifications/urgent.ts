import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { UrgentAlertStep } from '$lib/vocabulary';
import type { Tx } from '../db';
import { statements, teamMembers, teams, urgentAlerts, users } from '../db/schema';
import { getSetting } from '../settings';
import { isOutOfHours, workingCalendar } from '../working-time/calendar';
import { appOrigin, statementLink, tell, type Recipient } from './tell';
import { STAFF_MAIL } from './staff-mail';

/*
 * Who is told about an urgent statement. When it is sent, the worker and the team managers
 * (notify.ts), and out of working hours the out-of-hours team as well. Then, until someone
 * says "I'm dealing with this", the chain: the team managers again, the out-of-hours team
 * (unless it was told when it was sent), then the named senior manager, each after the times
 * in settings. A step with nobody to tell is passed over. Every step is kept (urgent_alerts)
 * so managers see on the statement how far it went.
 */

export const CHAIN = ['manager', 'duty', 'senior'] as const;
type ChainStep = (typeof CHAIN)[number];
const HOUR = 3_600_000;

const hoursBefore: Record<ChainStep, (tx: Tx) => number> = {
	manager: (tx) => getSetting('escalationHours', tx),
	duty: (tx) => getSetting('dutyEscalationHours', tx),
	senior: (tx) => getSetting('seniorEscalationHours', tx)
};

/** Active members of every team flagged as the out-of-hours team. */
export function outOfHoursTeam(tx: Tx): Recipient[] {
	const flagged = tx.select({ id: teams.id }).from(teams).where(eq(teams.outOfHours, true));
	return tx
		.selectDistinct({ id: users.id, email: users.email })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(and(inArray(teamMembers.teamId, flagged), eq(users.active, true)))
		.all();
}

function seniorManager(tx: Tx): Recipient[] {
	const id = getSetting('seniorManagerId', tx);
	if (!id) return [];
	return tx
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(and(eq(users.id, id), eq(users.active, true)))
		.all();
}

export function recordAlert(
	tx: Tx,
	statementId: string,
	step: UrgentAlertStep,
	told: number,
	at: Date
) {
	tx.insert(urgentAlerts).values({ statementId, step, at, told }).run();
}

/** Tells the out-of-hours team, by email with no content and in the app; returns how many. */
export function tellOutOfHoursTeam(
	tx: Tx,
	statement: { id: string; youngPersonId: string },
	now: Date,
	alreadyTold: Recipient[] = []
): number {
	const skip = new Set(alreadyTold.map((r) => r.id));
	const people = outOfHoursTeam(tx).filter((r) => !skip.has(r.id));
	const mail = {
		subject: m.staff_email_duty_subject({}, STAFF_MAIL),
		body: m.staff_email_duty_body(
			{
				link: statementLink(statement.id),
				list: `${appOrigin()}/worker`
			},
			STAFF_MAIL
		)
	};
	for (const person of people)
		tell(tx, person, 'urgent_statement', statement.youngPersonId, statement.id, now, mail);
	return people.length;
}

/**
 * An urgent statement was just sent (inside its transaction): out of hours the out-of-hours
 * team is told too, and the chain's first step is set for later.
 */
export function startUrgentChain(
	tx: Tx,
	statement: { id: string; youngPersonId: string },
	told: Recipient[],
	now: Date
): void {
	recordAlert(tx, statement.id, 'sent', told.length, now);
	const outOfHours = isOutOfHours(now, workingCalendar(tx));
	const duty = outOfHours ? tellOutOfHoursTeam(tx, statement, now, told) : 0;
	if (duty > 0) recordAlert(tx, statement.id, 'out_of_hours', duty, now);
	tx.update(statements)
		.set({
			outOfHours,
			dutyAlertedAt: duty > 0 ? now : null,
			escalationStep: 0,
			nextEscalationAt: new Date(now.getTime() + hoursBefore.manager(tx) * HOUR)
		})
		.where(eq(statements.id, statement.id))
		.run();
}

/** The step after `index`, passing over the out-of-hours team when it was told already. */
function stepAfter(index: number, dutyAlreadyTold: boolean): number {
	let next = index + 1;
	if (CHAIN[next] === 'duty' && dutyAlreadyTold) next += 1;
	return next;
}

export function dueAfter(tx: Tx, index: number, dutyAlreadyTold: boolean, from: Date) {
	const next = stepAfter(index, dutyAlreadyTold);
	const step = CHAIN[next];
	return { next, at: step ? new Date(from.getTime() + hoursBefore[step](tx) * HOUR) : null };
}

export function peopleFor(tx: Tx, step: Exclude<ChainStep, 'manager'>): Recipient[] {
	return step === 'duty' ? outOfHoursTeam(tx) : seniorManager(tx);
}

export const seniorMail = (statementId: string) => ({
	subject: m.staff_email_senior_subject({}, STAFF_MAIL),
	body: m.staff_email_senior_body({ link: statementLink(statementId) }, STAFF_MAIL)
});
