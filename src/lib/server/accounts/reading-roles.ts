import { eq } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import { STATEMENT_READING_ROLES, type StaffRole } from '$lib/vocabulary';
import { readingRoleWords } from '$lib/words/people';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, type Reader, type Tx } from '../db';
import { teamMembers, teams, userRoles, users } from '../db/schema';
import { reachWords, tellReadingGiven } from './reach-announced';
import { teamReachGained, type TeamReach } from './team-reach';

/**
 * An administrator manages accounts and never reads what a young person said
 * (DESIGN §1), so no account holds `admin` with a role that reads statements,
 * and nobody changes their own roles. Every time someone is given a way to read
 * statements, that person and every other administrator are told: a role, a team
 * to manage, or a team that reads beyond a caseload joined (team-reach.ts). A
 * database trigger (drizzle/0007) refuses the combination too, whatever writes it.
 */

type Membership = { teamId: string; teamRole: 'worker' | 'manager' };
type RoleRefusal = 'own_roles' | 'admin_reads_nothing';

type ReadingRole = (typeof STATEMENT_READING_ROLES)[number];
const readsStatements = (role: string): role is ReadingRole =>
	(STATEMENT_READING_ROLES as readonly string[]).includes(role);

export async function rolesOf(userId: string, reader: Reader = db()): Promise<StaffRole[]> {
	return (
		await reader
			.select({ role: userRoles.role })
			.from(userRoles)
			.where(eq(userRoles.userId, userId))
	).map((r) => r.role as StaffRole);
}

export async function membershipsOf(userId: string, reader: Reader = db()): Promise<Membership[]> {
	return await reader
		.select({ teamId: teamMembers.teamId, teamRole: teamMembers.teamRole })
		.from(teamMembers)
		.where(eq(teamMembers.userId, userId));
}

const sameSet = (a: string[], b: string[]) =>
	a.length === b.length && a.every((x) => b.includes(x));
/** Per team, the wider of the roles held: the form shows (and sends back) only that one. */
const membershipKeys = (list: Membership[]) => {
	const widest = new Map<string, string>();
	for (const t of list) if (widest.get(t.teamId) !== 'manager') widest.set(t.teamId, t.teamRole);
	return [...widest].map(([team, role]) => `${team}:${role}`);
};

/** Why these roles cannot be given, or null. `userId` is null for an account not yet created. */
export async function refuseRoles(
	actor: SessionUser,
	userId: string | null,
	roles: StaffRole[],
	memberships: Membership[]
): Promise<RoleRefusal | null> {
	if (roles.includes('admin') && roles.some(readsStatements)) return 'admin_reads_nothing';
	if (userId === actor.id) {
		const unchanged =
			sameSet(await rolesOf(userId), roles) &&
			sameSet(membershipKeys(await membershipsOf(userId)), membershipKeys(memberships));
		if (!unchanged) return 'own_roles';
	}
	return null;
}

interface ReadingGained {
	roles: StaffRole[];
	managedTeams: string[];
	/** Teams joined (or read through with a new role) that read beyond a caseload. */
	reach: { teamId: string; reach: TeamReach }[];
}

/** What reading the account gains with these roles and teams; read in their transaction, before writing them. */
export async function readingGained(
	tx: Tx,
	userId: string | null,
	roles: StaffRole[],
	memberships: Membership[]
): Promise<ReadingGained> {
	const before = userId ? await rolesOf(userId, tx) : [];
	const teamsBefore = userId ? await membershipsOf(userId, tx) : [];
	const managedBefore = teamsBefore.filter((t) => t.teamRole === 'manager').map((t) => t.teamId);
	const gainedRoles = roles.filter((r) => readsStatements(r) && !before.includes(r));
	const managedTeams = roles.includes('manager')
		? memberships
				.filter(
					(t) =>
						t.teamRole === 'manager' &&
						(!managedBefore.includes(t.teamId) || gainedRoles.includes('manager'))
				)
				.map((t) => t.teamId)
		: [];
	const reach = await teamReachGained(
		tx,
		{ roles: before, teamIds: teamsBefore.map((t) => t.teamId) },
		{ roles, teamIds: memberships.map((t) => t.teamId) }
	);
	return { roles: gainedRoles, managedTeams: [...new Set(managedTeams)], reach };
}

/**
 * Through the transaction that gave the roles: an audit event of its own (the
 * viewer marks it), an email to the person and one to every other active
 * administrator. No young person is named.
 */
export async function announceReadingGiven(
	tx: Tx,
	actor: SessionUser,
	userId: string,
	gained: ReadingGained,
	now: Date
): Promise<void> {
	if (gained.roles.length + gained.managedTeams.length + gained.reach.length === 0) return;
	const person = (
		await tx
			.select({ email: users.email, name: users.displayName })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!person) return;
	// One after another: a transaction's handle runs one query at a time.
	const teamName = async (id: string) =>
		(await tx.select({ name: teams.name }).from(teams).where(eq(teams.id, id)).limit(1))[0]?.name ??
		id;
	const what = gained.roles.filter(readsStatements).map((role) => readingRoleWords(role));
	for (const id of gained.managedTeams)
		what.push(m.adm_reading_manages({ team: await teamName(id) }));
	for (const r of gained.reach) what.push(reachWords(r.reach, await teamName(r.teamId)));
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'reading_access_given',
			subjectType: 'user',
			subjectId: userId,
			detail: {
				roles: gained.roles,
				managedTeams: gained.managedTeams,
				// Only when there is some, so events about roles alone read as they always have.
				...(gained.reach.length > 0 ? { reach: gained.reach } : {})
			}
		},
		now
	);
	await tellReadingGiven(
		tx,
		actor,
		{ id: userId, ...person },
		{ what: what.join(', '), subject: m.staff_email_reading_given_subject() },
		now
	);
}
