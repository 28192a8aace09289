import {
	and,
	eq,
	exists,
	inArray,
	isNotNull,
	isNull,
	or,
	sql,
	type SQL,
	type SQLWrapper
} from 'drizzle-orm';
import type { Role } from '$lib/vocabulary';
import { subquery } from '../db/subquery';
import { allocations, statements, teamMembers, teams, users, youngPeople } from '../db/schema';
import { asJsonString } from '../db/dialect';

/*
 * Which young people's records a member of staff may see, in one place. Every
 * staff read that returns a young person's data goes through
 * `visibleYoungPeople` (on young_people) or `visibleYoungPersonIds` (the same
 * rule as a list of ids, for a query on another table), and every staff write
 * starts by finding its record through one, so a guessed id finds nothing.
 *
 * Who: a worker sees the young people currently allocated to them; a manager
 * also every young person in a team they manage (a manager of one team is not
 * a manager of another); anyone else nobody. A read may ask for part of that:
 * `reach: 'caseload'` (allocated to them: the inbox, the caseload) or
 * `reach: 'team'` (the teams they manage: the team view, reassignment).
 *
 * Archived records, the one rule: archiving closes a case but keeps its
 * allocation. A read of a closed file passes `includeArchived` and sees
 * archived records too, to the same people: the file, a statement, the meeting
 * pack and the exports, reached from the worker's "Closed records" (which
 * lists the archived ones alone). Everything else sees open records only:
 * whatever asks staff to act (the inbox, the caseload and its counts,
 * overdue, the team view and its urgent list, the names and links in
 * notifications, escalation) and every write, so nothing on an archived
 * record can be changed.
 *
 * Urgent statements beyond that, the one exception (`urgentReachOf`): out of
 * hours the young person's own worker and managers are off duty, so members of
 * a team an admin flagged as the out-of-hours team read the urgent statements
 * the chain told that team of, while it is flagged; the named senior manager
 * those that reached them. Urgent statements of open records only, one at a
 * time (never a file, a meeting pack or an export), each read audited; they
 * may say "I'm dealing with this" and nothing more.
 */

/** Who is reading: a signed-in member of staff, or a placeholder id for a query prepared once. */
export interface Reading {
	id: string | SQLWrapper;
	roles: readonly Role[];
}

export interface ScopeOptions {
	reach?: 'all' | 'caseload' | 'team';
	includeArchived?: boolean;
}

const open = isNull(youngPeople.archivedAt);

/**
 * On allocations joined to their worker (users): the young person's current worker, if their
 * account is active. Who is told, asked or trusted as "their worker" everywhere.
 */
export function currentWorkerOf(youngPersonId: string | SQLWrapper): SQL {
	return and(
		eq(allocations.youngPersonId, youngPersonId),
		isNull(allocations.endedAt),
		eq(users.active, true)
	)!;
}

/**
 * On team members joined to their user: an active manager of the young person's team. Those who
 * may act for a young person who has no worker, or with their worker.
 */
export function activeManagerOf(youngPersonId: string | SQLWrapper): SQL {
	const team = subquery
		.select({ teamId: youngPeople.teamId })
		.from(youngPeople)
		.where(eq(youngPeople.id, youngPersonId));
	return and(
		inArray(teamMembers.teamId, team),
		eq(teamMembers.teamRole, 'manager'),
		eq(users.active, true)
	)!;
}

/** Teams this person manages. */
export function teamsManagedBy(userId: string | SQLWrapper) {
	return subquery
		.select({ teamId: teamMembers.teamId })
		.from(teamMembers)
		.where(and(eq(teamMembers.userId, userId), eq(teamMembers.teamRole, 'manager')));
}

function allocatedTo(userId: string | SQLWrapper, includeArchived: boolean) {
	return subquery
		.select({ id: allocations.youngPersonId })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.where(
			and(
				eq(allocations.workerId, userId),
				isNull(allocations.endedAt),
				includeArchived ? undefined : open
			)
		);
}

const isStaff = (actor: Reading) =>
	actor.roles.includes('worker') || actor.roles.includes('manager');

/** On young_people: everyone this member of staff may see, within the reach asked for, by the rule above. */
export function visibleYoungPeople(actor: Reading, options: ScopeOptions = {}): SQL {
	const { reach = 'all', includeArchived = false } = options;
	const allowed: SQL[] = [];
	if (reach !== 'team' && isStaff(actor))
		allowed.push(inArray(youngPeople.id, allocatedTo(actor.id, true)));
	if (reach !== 'caseload' && actor.roles.includes('manager'))
		allowed.push(inArray(youngPeople.teamId, teamsManagedBy(actor.id)));
	if (allowed.length === 0) return sql`0 = 1`;
	const anyone = or(...allowed)!;
	return includeArchived ? anyone : and(open, anyone)!;
}

/**
 * The same rule as ids, for a query on another table (the inbox filters
 * statements alone, so its index answers it). The caseload is its own
 * allocations, which the allocation index answers without reading records.
 */
export function visibleYoungPersonIds(actor: Reading, options: ScopeOptions = {}) {
	if (options.reach === 'caseload' && isStaff(actor))
		return allocatedTo(actor.id, options.includeArchived ?? false);
	return subquery
		.select({ id: youngPeople.id })
		.from(youngPeople)
		.where(visibleYoungPeople(actor, options));
}

/**
 * The young person a row belongs to has an open (not archived) record: what
 * escalation, which acts on its own, may act on. Written as EXISTS so the
 * row's own index still chooses the rows (an IN list would make SQLite read by
 * young person).
 */
export function belongsToOpenRecord(youngPersonId: SQLWrapper): SQL {
	return exists(
		subquery
			.select({ id: youngPeople.id })
			.from(youngPeople)
			.where(and(eq(youngPeople.id, youngPersonId), open))
	);
}

/** Whether this person is a member of a team flagged as the out-of-hours team. */
export function isOnOutOfHoursTeam(userId: string | SQLWrapper): SQL {
	return exists(
		subquery
			.select({ id: teamMembers.userId })
			.from(teamMembers)
			.innerJoin(teams, eq(teamMembers.teamId, teams.id))
			.where(and(eq(teamMembers.userId, userId), eq(teams.outOfHours, true)))
	);
}

/** On statements: urgent statements the chain brought to this member of staff (the exception above). */
export function urgentReachOf(actor: Reading): SQL {
	if (!isStaff(actor)) return sql`0 = 1`;
	// The named senior manager, read in the query (settings hold JSON), so it holds inside a transaction.
	// Written out, not as columns: a relational read would qualify them with its own table.
	const isSenior = sql`(select "value" from "settings" where "key" = 'seniorManagerId') = ${asJsonString(actor.id)}`;
	return and(
		eq(statements.urgent, true),
		or(
			and(isNotNull(statements.dutyAlertedAt), isOnOutOfHoursTeam(actor.id)),
			and(isNotNull(statements.seniorAlertedAt), isSenior)
		),
		belongsToOpenRecord(statements.youngPersonId)
	)!;
}

/** On statements: those of young people this member of staff may see, or brought to them by the urgent chain. */
export function visibleStatements(actor: Reading, options: ScopeOptions = {}): SQL {
	return or(
		inArray(statements.youngPersonId, visibleYoungPersonIds(actor, options)),
		urgentReachOf(actor)
	)!;
}
