import { and, eq, inArray } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import type { UrgentAlertStep } from '$lib/vocabulary';
import { db, type Reader, type Tx } from '../db';
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

const hoursBefore: Record<ChainStep, (tx: Tx) => Promise<number>> = {
	manager: async (tx) => await getSetting('escalationHours', tx),
	duty: async (tx) => await getSetting('dutyEscalationHours', tx),
	senior: async (tx) => await getSetting('seniorEscalationHours', tx)
};

/** Active members of every team flagged as the out-of-hours team. */
export async function outOfHoursTeam(tx: Tx | Reader): Promise<Recipient[]> {
	const flagged = tx.select({ id: teams.id }).from(teams).where(eq(teams.outOfHours, true));
	return await tx
		.selectDistinct({ id: users.id, email: users.email })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.where(and(inArray(teamMembers.teamId, flagged), eq(users.active, true)));
}

/**
 * Whether a worry sent at night reaches someone at once: an out-of-hours team with someone in it.
 * The worry form promises this, and the child's "Sent!" says it happened, only when it is so.
 */
export const hasOutOfHoursHelp = async (): Promise<boolean> =>
	(await outOfHoursTeam(db())).length > 0;

async function seniorManager(tx: Tx): Promise<Recipient[]> {
	const id = await getSetting('seniorManagerId', tx);
	if (!id) return [];
	return await tx
		.select({ id: users.id, email: users.email })
		.from(users)
		.where(and(eq(users.id, id), eq(users.active, true)));
}

export async function recordAlert(
	tx: Tx,
	statementId: string,
	step: UrgentAlertStep,
	told: number,
	at: Date
) {
	await tx.insert(urgentAlerts).values({ statementId, step, at, told });
}

/** Tells the out-of-hours team, by email with no content and in the app; returns how many. */
export async function tellOutOfHoursTeam(
	tx: Tx,
	statement: { id: string; youngPersonId: string },
	now: Date,
	alreadyTold: Recipient[] = []
): Promise<number> {
	const skip = new Set(alreadyTold.map((r) => r.id));
	const people = (await outOfHoursTeam(tx)).filter((r) => !skip.has(r.id));
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
		await tell(tx, person, 'urgent_statement', statement.youngPersonId, statement.id, now, mail);
	return people.length;
}

/**
 * An urgent statement was just sent (inside its transaction): out of hours the out-of-hours
 * team is told too, and the chain's first step is set for later.
 */
export async function startUrgentChain(
	tx: Tx,
	statement: { id: string; youngPersonId: string },
	told: Recipient[],
	now: Date
): Promise<void> {
	await recordAlert(tx, statement.id, 'sent', told.length, now);
	const outOfHours = isOutOfHours(now, await workingCalendar(tx));
	const duty = outOfHours ? await tellOutOfHoursTeam(tx, statement, now, told) : 0;
	if (duty > 0) await recordAlert(tx, statement.id, 'out_of_hours', duty, now);
	await tx
		.update(statements)
		.set({
			outOfHours,
			dutyAlertedAt: duty > 0 ? now : null,
			escalationStep: 0,
			nextEscalationAt: new Date(now.getTime() + (await hoursBefore.manager(tx)) * HOUR)
		})
		.where(eq(statements.id, statement.id));
}

/** The step after `index`, passing over the out-of-hours team when it was told already. */
function stepAfter(index: number, dutyAlreadyTold: boolean): number {
	let next = index + 1;
	if (CHAIN[next] === 'duty' && dutyAlreadyTold) next += 1;
	return next;
}

export async function dueAfter(tx: Tx, index: number, dutyAlreadyTold: boolean, from: Date) {
	const next = stepAfter(index, dutyAlreadyTold);
	const step = CHAIN[next];
	return {
		next,
		at: step ? new Date(from.getTime() + (await hoursBefore[step](tx)) * HOUR) : null
	};
}

export async function peopleFor(tx: Tx, step: Exclude<ChainStep, 'manager'>): Promise<Recipient[]> {
	return step === 'duty' ? await outOfHoursTeam(tx) : await seniorManager(tx);
}

export const seniorMail = (statementId: string) => ({
	subject: m.staff_email_senior_subject({}, STAFF_MAIL),
	body: m.staff_email_senior_body({ link: statementLink(statementId) }, STAFF_MAIL)
});
