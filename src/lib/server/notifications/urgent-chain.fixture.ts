import { and, eq } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import type { SessionUser } from '../auth/session';
import { db, transaction } from '../db';
import { theRow } from '../db/rows';
import { mailOutbox, notifications, statements, teams, urgentAlerts, users } from '../db/schema';
import { setSetting } from '../settings';
import { submitStatement } from '../statements/mutations';

/**
 * The organisation the urgent-chain tests share: a North team with Sam (worker) and Fiona
 * (manager), an out-of-hours team with Dee, a senior manager Sol at the end of the chain, and
 * Zebedee, Sam's young person. Escalation: manager after 2 hours, then 1 hour to each next step.
 */
export const SECRET = 'The man next door shouts at night and I am scared';
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

type Staff = SessionUser & { email: string };
export const people = {} as {
	worker: Staff;
	manager: Staff;
	duty: Staff;
	senior: Staff;
	youngPersonId: string;
	youngPersonUserId: string;
};

/** Sets the organisation up before the file's tests, in the file's own database. */
export function useUrgentChainOrganisation() {
	beforeAll(async () => {
		const north = await createTeam('North');
		const emergency = await createTeam('Emergency duty');
		await transaction(async (tx) => {
			await tx.update(teams).set({ outOfHours: true }).where(eq(teams.id, emergency));
		});
		people.worker = await createStaff(['worker'], { email: 'sam@heard.example' });
		people.manager = await createStaff(['manager'], {
			email: 'fiona@heard.example',
			firstName: 'Fiona'
		});
		people.duty = await createStaff(['worker'], { email: 'duty@heard.example', firstName: 'Dee' });
		people.senior = await createStaff(['manager'], {
			email: 'senior@heard.example',
			firstName: 'Sol'
		});
		await addToTeam(north, people.manager.id, 'manager');
		await addToTeam(emergency, people.duty.id, 'worker');
		people.youngPersonUserId = await transaction(
			async (tx) =>
				theRow(
					await tx
						.insert(users)
						.values({ username: 'zeb', displayName: 'Zeb', firstName: 'Zeb' })
						.returning()
				).id
		);
		people.youngPersonId = await createYoungPerson({
			teamId: north,
			preferredName: 'Zebedee',
			userId: people.youngPersonUserId
		});
		await allocate(people.youngPersonId, people.worker.id);
		await transaction(async (tx) => {
			await setSetting(tx, 'escalationHours', 2);
			await setSetting(tx, 'dutyEscalationHours', 1);
			await setSetting(tx, 'seniorEscalationHours', 1);
			await setSetting(tx, 'seniorManagerId', people.senior.id);
		});
	});
}

/** Zebedee sends a statement of this kind at this time; its id. */
export async function send(kind: 'worried' | 'good_news', at: Date) {
	return (
		await submitStatement(
			people.youngPersonId,
			people.youngPersonUserId,
			{
				template: currentTemplate(kind),
				answers: { what: SECRET },
				consentToShare: false,
				idempotencyKey: `${kind}-${at.getTime()}`,
				meetingId: null
			},
			at
		)
	).id;
}
export const statement = async (id: string) =>
	(await db().select().from(statements).where(eq(statements.id, id)).limit(1))[0]!;
/** The steps of the chain a statement has reached, in order. */
export const steps = async (id: string) =>
	(await db().select().from(urgentAlerts).where(eq(urgentAlerts.statementId, id))).map(
		(a) => a.step
	);
export const mailTo = async (to: string) =>
	await db().select().from(mailOutbox).where(eq(mailOutbox.to, to));
export const toldOf = async (userId: string, id: string) =>
	await db()
		.select()
		.from(notifications)
		.where(and(eq(notifications.userId, userId), eq(notifications.statementId, id)));
