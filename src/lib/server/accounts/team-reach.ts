import { and, eq, inArray, isNull, notExists } from 'drizzle-orm';
import { STATEMENT_READING_ROLES, type Role } from '$lib/vocabulary';
import { db, type Reader } from '../db';
import { allocations, teamMembers, teams, userRoles, users, youngPeople } from '../db/schema';
import { getSetting } from '../settings';

/**
 * Reading beyond a caseload (ADR 10): two teams read across the whole organisation, and one
 * person is named to. The complaints team reads every complaint (ADR 28); a team flagged out of
 * hours reads the urgent statements the chain told it of, and so does the named senior manager
 * (ADR 27, `urgentReachOf`). Each of these is "reading given", announced like a role
 * (reach-announced.ts). This file says which teams give it, who reads through them, and which
 * choices are refused.
 */

export type Reach = 'complaints' | 'out_of_hours' | 'senior_manager';
export type TeamReach = Exclude<Reach, 'senior_manager'>;

/**
 * The roles through which each reach reads: complaints are read on /complaints by any role that
 * reads (ADR 28); urgent statements on the statement page, open to workers and managers only
 * (ROUTE_ACCESS).
 */
const ROLES_THAT_READ: Record<TeamReach, readonly Role[]> = {
	complaints: STATEMENT_READING_ROLES,
	out_of_hours: ['worker', 'manager']
};

/** The active members of a team who read through its reach. Never an administrator (ADR 10). */
export async function readersOfTeam(teamId: string, reach: TeamReach, reader: Reader = db()) {
	const admins = reader
		.select({ id: userRoles.userId })
		.from(userRoles)
		.where(and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')));
	return await reader
		.selectDistinct({ id: users.id, email: users.email, name: users.displayName })
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.innerJoin(userRoles, eq(userRoles.userId, users.id))
		.where(
			and(
				eq(teamMembers.teamId, teamId),
				eq(users.active, true),
				inArray(userRoles.role, [...ROLES_THAT_READ[reach]]),
				notExists(admins)
			)
		);
}

/** Every team that reads beyond a caseload now, with its reach. Read in the caller's transaction. */
export async function teamsThatReach(
	reader: Reader
): Promise<{ teamId: string; reach: TeamReach }[]> {
	const complaintsTeamId = await getSetting('complaintsTeamId', reader);
	const flagged = await reader
		.select({ id: teams.id })
		.from(teams)
		.where(eq(teams.outOfHours, true));
	return [
		...(complaintsTeamId ? [{ teamId: complaintsTeamId, reach: 'complaints' as const }] : []),
		...flagged.map((t) => ({ teamId: t.id, reach: 'out_of_hours' as const }))
	];
}

type Holding = { roles: readonly string[]; teamIds: readonly string[] };

/**
 * The team reaches a person gains when their roles and teams change from `before` to `after`:
 * those they read through afterwards and did not before (joining the team, or gaining a role
 * that reads through it).
 */
export async function teamReachGained(reader: Reader, before: Holding, after: Holding) {
	const readsThrough = (held: Holding, teamId: string, reach: TeamReach) =>
		held.teamIds.includes(teamId) &&
		!held.roles.includes('admin') &&
		held.roles.some((role) => ROLES_THAT_READ[reach].includes(role as Role));
	return (await teamsThatReach(reader)).filter(
		({ teamId, reach }) =>
			readsThrough(after, teamId, reach) && !readsThrough(before, teamId, reach)
	);
}

export type ReachRefusal =
	| 'complaints_team_has_caseload'
	| 'complaints_team_is_out_of_hours'
	| 'out_of_hours_is_complaints_team'
	| 'complaints_team_joined_with_caseload';

/** Whether any of these people has young people allocated now (open records only, as caseload.ts counts). */
async function anyHasCaseload(reader: Reader, userIds: string[]): Promise<boolean> {
	if (userIds.length === 0) return false;
	const allocated = await reader
		.select({ id: allocations.id })
		.from(allocations)
		.innerJoin(youngPeople, eq(allocations.youngPersonId, youngPeople.id))
		.where(
			and(
				inArray(allocations.workerId, userIds),
				isNull(allocations.endedAt),
				isNull(youngPeople.archivedAt)
			)
		)
		.limit(1);
	return allocated.length > 0;
}

const membersOf = async (reader: Reader, teamId: string) =>
	(
		await reader
			.select({ id: teamMembers.userId })
			.from(teamMembers)
			.where(eq(teamMembers.teamId, teamId))
	).map((r) => r.id);

/**
 * Why this team cannot be the complaints team, or null. A complaint may be about the young
 * person's worker (ADR 28), so nobody in it may have young people allocated; and the
 * out-of-hours team reads urgent statements of every team, so the two reaches stay apart.
 */
export async function refuseComplaintsTeam(
	reader: Reader,
	teamId: string
): Promise<ReachRefusal | null> {
	const [team] = await reader
		.select({ outOfHours: teams.outOfHours })
		.from(teams)
		.where(eq(teams.id, teamId))
		.limit(1);
	if (team?.outOfHours) return 'complaints_team_is_out_of_hours';
	if (await anyHasCaseload(reader, await membersOf(reader, teamId)))
		return 'complaints_team_has_caseload';
	return null;
}

/** Why this team cannot be flagged out of hours, or null: the complaints team stays apart. */
export async function refuseOutOfHoursFlag(
	reader: Reader,
	teamId: string
): Promise<ReachRefusal | null> {
	return teamId === (await getSetting('complaintsTeamId', reader))
		? 'out_of_hours_is_complaints_team'
		: null;
}

/**
 * Who is in the complaints team now. Nobody in it is given young people to work with (a
 * complaint may be about their worker, ADR 28): the allocation lists leave them out, and the
 * allocation services refuse them.
 */
export async function complaintsTeamMembers(reader: Reader): Promise<string[]> {
	const complaintsTeamId = await getSetting('complaintsTeamId', reader);
	return complaintsTeamId ? await membersOf(reader, complaintsTeamId) : [];
}

export const inComplaintsTeam = async (reader: Reader, userId: string) =>
	(await complaintsTeamMembers(reader)).includes(userId);

/**
 * Why this person cannot join these teams, or null: nobody with young people allocated joins the
 * complaints team. Someone already in it is not refused here, so an older membership does not
 * stop their name being corrected.
 */
export async function refuseJoiningComplaintsTeam(
	reader: Reader,
	userId: string,
	teamIds: readonly string[]
): Promise<ReachRefusal | null> {
	const complaintsTeamId = await getSetting('complaintsTeamId', reader);
	if (!complaintsTeamId || !teamIds.includes(complaintsTeamId)) return null;
	if ((await membersOf(reader, complaintsTeamId)).includes(userId)) return null;
	return (await anyHasCaseload(reader, [userId])) ? 'complaints_team_joined_with_caseload' : null;
}
