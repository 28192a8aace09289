import { and, asc, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db, type Reader } from '../db';
import { allocations, teamMembers, teams, userRoles, users, youngPeople } from '../db/schema';
import { listWaitingInManagedTeams, urgentNotInHand } from '../statements/waiting';
import { getSetting } from '../settings';
import { complaintsTeamMembers } from '../accounts/team-reach';
import { teamsManagedBy, visibleYoungPeople } from '../staff/scope';

/** Young people in the teams this manager manages, with their current worker (if any). */
export async function listTeamYoungPeople(actor: SessionUser) {
	return await db()
		.select({
			id: youngPeople.id,
			preferredName: youngPeople.preferredName,
			team: teams.name,
			workerId: users.id,
			workerName: users.displayName
		})
		.from(youngPeople)
		.innerJoin(teams, eq(youngPeople.teamId, teams.id))
		.leftJoin(
			allocations,
			and(eq(allocations.youngPersonId, youngPeople.id), isNull(allocations.endedAt))
		)
		.leftJoin(users, eq(allocations.workerId, users.id))
		.where(visibleYoungPeople(actor, { reach: 'team' }))
		.orderBy(asc(youngPeople.preferredName));
}

/**
 * Per worker, what is waiting in the manager's teams (unread, overdue, urgent
 * unread, open change requests), and the urgent statements nobody is dealing with yet.
 */
export async function summariseTeamForManager(actor: SessionUser, now = new Date()) {
	const days = await getSetting('responseWorkingDays');
	const rows = await listWaitingInManagedTeams(actor, days, now);

	const people = await listTeamYoungPeople(actor);
	const workers = new Map<
		string,
		{
			workerId: string;
			workerName: string;
			youngPeople: number;
			unread: number;
			overdue: number;
			urgentUnread: number;
			openChanges: number;
			answeredBack: number;
		}
	>();
	for (const p of people) {
		if (!p.workerId) continue;
		const w = workers.get(p.workerId) ?? {
			workerId: p.workerId,
			workerName: p.workerName ?? '',
			youngPeople: 0,
			unread: 0,
			overdue: 0,
			urgentUnread: 0,
			openChanges: 0,
			answeredBack: 0
		};
		w.youngPeople += 1;
		workers.set(p.workerId, w);
	}
	for (const r of rows) {
		const w = r.workerId ? workers.get(r.workerId) : undefined;
		if (!w) continue;
		w.unread += Number(r.unread);
		w.overdue += Number(r.overdue);
		w.urgentUnread += Number(r.urgent && r.unread);
		w.openChanges += Number(r.openChange);
		w.answeredBack += Number(r.answeredBack);
	}
	const urgentNotDealtWith = rows
		.filter(urgentNotInHand)
		.sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());
	return {
		workers: [...workers.values()].sort((a, b) => a.workerName.localeCompare(b.workerName)),
		urgentNotDealtWith
	};
}

/**
 * Everything waiting for one worker of the manager's teams, urgent and unread first, then the
 * longest waiting: what the team view's counts for that worker are made of. Null for someone who
 * is not a worker of those teams.
 */
export async function listWaitingForWorkerInManagedTeams(
	actor: SessionUser,
	workerId: string,
	now = new Date()
) {
	const people = await listTeamYoungPeople(actor);
	const worker = people.find((p) => p.workerId === workerId);
	if (!worker) return null;
	const days = await getSetting('responseWorkingDays');
	type Row = Parameters<typeof urgentNotInHand>[0] & { unread: boolean };
	const rank = (r: Row) => (urgentNotInHand(r) ? 0 : r.unread ? 1 : 2);
	const rows = (await listWaitingInManagedTeams(actor, days, now))
		.filter((r) => r.workerId === workerId)
		.sort((a, b) => rank(a) - rank(b) || a.sentAt.getTime() - b.sentAt.getTime());
	return { workerName: worker.workerName ?? '', rows };
}

/**
 * Workers a manager may allocate: active people with the worker role in a team they manage, and
 * not in the complaints team (a complaint may be about a young person's worker, ADR 28).
 */
export async function listAllocatableWorkers(actor: SessionUser, reader: Reader = db()) {
	const inComplaintsTeam = await complaintsTeamMembers(reader);
	return await reader
		.selectDistinct({ id: users.id, name: users.displayName })
		.from(teamMembers)
		.innerJoin(users, eq(teamMembers.userId, users.id))
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'worker')))
		.where(
			and(
				inArray(teamMembers.teamId, teamsManagedBy(actor.id)),
				eq(users.active, true),
				notInArray(users.id, inComplaintsTeam)
			)
		)
		.orderBy(asc(users.displayName));
}
