import { and, asc, desc, eq, gt, gte, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { preparedOnce } from '../db/prepared';
import { statements, urgentAlerts, users, youngPeople } from '../db/schema';
import { getSetting } from '../settings';
import { isOnOutOfHoursTeam, urgentReachOf, visibleYoungPersonIds } from '../staff/scope';
import type { Acknowledged } from '../reports/acknowledge';
import { stillWaiting } from '../statements/waiting';

const DAY = 86_400_000;

/** Each step of an urgent statement's chain so far, oldest first (the caller has found the statement). */
export async function listAlertsOf(statementId: string) {
	return await db()
		.select({ step: urgentAlerts.step, at: urgentAlerts.at, told: urgentAlerts.told })
		.from(urgentAlerts)
		.where(eq(urgentAlerts.statementId, statementId))
		.orderBy(asc(urgentAlerts.at));
}

/** Whether this member of staff has an out-of-hours list to see: on the team, or the senior manager. */
export async function hasOutOfHoursList(actor: SessionUser): Promise<boolean> {
	if (actor.id === (await getSetting('seniorManagerId'))) return true;
	return (await onOutOfHoursTeam().get({ userId: actor.id }))?.yes ?? false;
}

// Asked on every visit to a worker's inbox. EXISTS is 1 or 0 in SQLite, true or false in PostgreSQL.
const onOutOfHoursTeam = preparedOnce((database) =>
	database
		.select({
			yes: sql<boolean>`${isOnOutOfHoursTeam(sql.placeholder('userId'))}`.mapWith(Boolean)
		})
		.from(users)
		.where(eq(users.id, sql.placeholder('userId')))
		.limit(1)
		.prepare()
);

/**
 * The out-of-hours team's urgent list: what the chain brought to them (staff/scope.ts), nobody
 * dealing with it first, then what someone took on in the last day.
 */
export async function listUrgentForOutOfHours(actor: SessionUser, now: Date) {
	const acknowledger = db()
		.select({ id: users.id, firstName: users.firstName })
		.from(users)
		.as('acknowledger');
	return await db()
		.select({
			id: statements.id,
			kind: statements.kind,
			sentAt: statements.sentAt,
			acknowledgedAt: statements.acknowledgedAt,
			acknowledgedBy: acknowledger.firstName,
			preferredName: youngPeople.preferredName
		})
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.leftJoin(acknowledger, eq(statements.acknowledgedBy, acknowledger.id))
		.where(
			and(
				urgentReachOf(actor),
				or(
					isNull(statements.acknowledgedAt),
					gt(statements.acknowledgedAt, new Date(now.getTime() - DAY))
				)
			)
		)
		.orderBy(desc(isNull(statements.acknowledgedAt)), asc(statements.sentAt));
}

/** Urgent statements of the manager's teams acknowledged within the last `days` days, for the time to acknowledge. */
export async function listAcknowledgedInManagedTeams(
	actor: SessionUser,
	now: Date,
	days = 90
): Promise<Acknowledged[]> {
	return (
		await db()
			.select({
				outOfHours: statements.outOfHours,
				sentAt: statements.sentAt,
				at: statements.acknowledgedAt
			})
			.from(statements)
			.where(
				and(
					eq(statements.urgent, true),
					gte(statements.sentAt, new Date(now.getTime() - days * DAY)),
					isNotNull(statements.acknowledgedAt),
					isNotNull(statements.outOfHours),
					inArray(statements.youngPersonId, visibleYoungPersonIds(actor, { reach: 'team' }))
				)
			)
	).map((r) => ({
		outOfHours: !!r.outOfHours,
		minutes: (r.at!.getTime() - r.sentAt.getTime()) / 60_000
	}));
}

/**
 * Urgent statements of the worker's own caseload still open that nobody has said they are
 * dealing with, read or not, oldest first: the inbox puts them above everything. Found through
 * the waiting index (urgent, not closed, not replied to), so only those few rows are read.
 */
export async function listUrgentNotInHandForWorker(actor: SessionUser) {
	return await db()
		.select({
			id: statements.id,
			kind: statements.kind,
			sentAt: statements.sentAt,
			firstReadAt: statements.firstReadAt,
			preferredName: youngPeople.preferredName
		})
		.from(statements)
		.innerJoin(youngPeople, eq(statements.youngPersonId, youngPeople.id))
		.where(
			and(
				inArray(statements.youngPersonId, visibleYoungPersonIds(actor, { reach: 'caseload' })),
				stillWaiting,
				// The column itself, not a comparison with a value sent: PostgreSQL then plans this
				// query once and keeps the plan, instead of again on every inbox (its estimate for
				// "urgent = some value" is half the rows, for "urgent" the few there are).
				sql`${statements.urgent}`,
				isNull(statements.acknowledgedAt),
				// As urgentNotInHand (statements/waiting.ts): one waiting only for an answer back is not.
				isNull(statements.closedAt)
			)
		)
		.orderBy(asc(statements.sentAt));
}
