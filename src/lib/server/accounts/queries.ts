import { and, asc, count, eq, isNull, notInArray } from 'drizzle-orm';
import type { Role, TeamRole } from '$lib/vocabulary';
import { db } from '../db';
import { complaintsTeamMembers } from './team-reach';
import { teamMembers, teams, userRoles, users, youngPeople } from '../db/schema';

/** Reads about teams and staff accounts for the admin pages: no statement content here. */

export async function listTeams() {
	const sizes = new Map(
		(
			await db()
				.select({ teamId: youngPeople.teamId, n: count() })
				.from(youngPeople)
				.where(isNull(youngPeople.archivedAt))
				.groupBy(youngPeople.teamId)
		).map((r) => [r.teamId, r.n])
	);
	return (
		await db()
			.select({ id: teams.id, name: teams.name, outOfHours: teams.outOfHours })
			.from(teams)
			.orderBy(asc(teams.name))
	).map((t) => ({ ...t, youngPeople: sizes.get(t.id) ?? 0 }));
}

export async function findTeam(teamId: string) {
	return (await db().select().from(teams).where(eq(teams.id, teamId)).limit(1))[0] ?? null;
}

async function rolesByUser() {
	const map = new Map<string, Role[]>();
	for (const r of await db().select().from(userRoles))
		map.set(r.userId, [...(map.get(r.userId) ?? []), r.role]);
	return map;
}

/** Staff are the accounts signed in by email; young people sign in by username. */
export async function listStaff() {
	const roles = await rolesByUser();
	return (
		await db()
			.select({
				id: users.id,
				email: users.email,
				displayName: users.displayName,
				active: users.active
			})
			.from(users)
			.where(isNull(users.username))
			.orderBy(asc(users.displayName))
	).map((u) => ({ ...u, roles: roles.get(u.id) ?? [] }));
}

export async function findStaff(userId: string) {
	const user = (
		await db()
			.select({
				id: users.id,
				email: users.email,
				displayName: users.displayName,
				firstName: users.firstName,
				active: users.active,
				deactivatedAt: users.deactivatedAt
			})
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!user || user.email === null) return null;
	const roles = (
		await db().select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))
	).map((r) => r.role);
	const memberships = await db()
		.select({ teamId: teamMembers.teamId, teamRole: teamMembers.teamRole })
		.from(teamMembers)
		.where(eq(teamMembers.userId, userId));
	// Someone both managing and working in a team is shown as its manager, the wider of the two.
	const teamRoles: Record<string, TeamRole> = {};
	for (const m of memberships)
		if (teamRoles[m.teamId] !== 'manager') teamRoles[m.teamId] = m.teamRole;
	return { ...user, roles, teamRoles };
}

/** Active workers, for allocating a young person. */
/**
 * The workers an administrator may give a young person: active, with the worker role, and not in
 * the complaints team (ADR 10; refused in records/ too, for a form posted with one anyway).
 */
export async function listActiveWorkers() {
	const inComplaintsTeam = await complaintsTeamMembers(db());
	return await db()
		.selectDistinct({ id: users.id, displayName: users.displayName, email: users.email })
		.from(users)
		.innerJoin(userRoles, eq(userRoles.userId, users.id))
		.where(
			and(
				eq(userRoles.role, 'worker'),
				eq(users.active, true),
				notInArray(users.id, inComplaintsTeam)
			)
		)
		.orderBy(asc(users.displayName));
}
