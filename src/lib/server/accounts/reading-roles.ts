import { and, eq, ne } from 'drizzle-orm';
import { m } from '$lib/paraglide/messages.js';
import { STATEMENT_READING_ROLES, type StaffRole } from '$lib/vocabulary';
import { readingRoleWords } from '$lib/words/people';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, type Reader, type Tx } from '../db';
import { mailOutbox, teamMembers, teams, userRoles, users } from '../db/schema';
import { appOrigin } from '../notifications/tell';

/**
 * An administrator manages accounts and never reads what a young person said
 * (DESIGN §1), so no account holds `admin` with a role that reads statements,
 * and nobody changes their own roles. Every time someone is given a way to read
 * statements, that person and every other administrator are told. A database
 * trigger (drizzle/0007) refuses the combination too, whatever writes it.
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

async function membershipsOf(userId: string, reader: Reader = db()): Promise<Membership[]> {
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
}

/** What reading the account gains with these roles and teams; read in their transaction, before writing them. */
export async function readingGained(
	tx: Tx,
	userId: string | null,
	roles: StaffRole[],
	memberships: Membership[]
): Promise<ReadingGained> {
	const before = userId ? await rolesOf(userId, tx) : [];
	const managedBefore = userId
		? (await membershipsOf(userId, tx)).filter((t) => t.teamRole === 'manager').map((t) => t.teamId)
		: [];
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
	return { roles: gainedRoles, managedTeams: [...new Set(managedTeams)] };
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
	if (gained.roles.length === 0 && gained.managedTeams.length === 0) return;
	const person = (
		await tx
			.select({ email: users.email, name: users.displayName })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1)
	)[0];
	if (!person) return;
	const teamNames: string[] = [];
	for (const id of gained.managedTeams) {
		const [team] = await tx
			.select({ name: teams.name })
			.from(teams)
			.where(eq(teams.id, id))
			.limit(1);
		teamNames.push(team?.name ?? id);
	}
	const what = [
		...gained.roles.filter(readsStatements).map((role) => readingRoleWords(role)),
		...teamNames.map((team) => m.adm_reading_manages({ team }))
	].join(', ');
	await recordAuditEvent(
		tx,
		{
			actorId: actor.id,
			action: 'reading_access_given',
			subjectType: 'user',
			subjectId: userId,
			detail: { roles: gained.roles, managedTeams: gained.managedTeams }
		},
		now
	);
	const link = `${appOrigin()}/admin/staff/${userId}`;
	const mail = async (to: string, subject: string, body: string) =>
		await tx.insert(mailOutbox).values({ to, subject, body, createdAt: now, nextAttemptAt: now });
	if (person.email)
		await mail(
			person.email,
			m.staff_email_reading_given_subject(),
			m.staff_email_reading_given_body({ what, by: actor.displayName })
		);
	const otherAdmins = await tx
		.select({ email: users.email })
		.from(users)
		.innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
		.where(and(eq(users.active, true), ne(users.id, actor.id)));
	for (const admin of otherAdmins) {
		if (admin.email)
			await mail(
				admin.email,
				m.admin_email_reading_given_subject(),
				m.admin_email_reading_given_body({ by: actor.displayName, name: person.name, what, link })
			);
	}
}
