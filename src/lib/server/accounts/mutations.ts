import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { invalidateAllSessionsOfUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, transaction, type Tx } from '../db';
import { teamMembers, userRoles, users } from '../db/schema';
import { deliverMailSoon } from '../notifications/mail-wake';
import {
	announceReadingGiven,
	membershipsOf,
	readingGained,
	refuseRoles,
	rolesOf
} from './reading-roles';
import { mailPasswordLink } from './passwords';
import { announceSignInEmailChanged } from './email-change';
import type { StaffInput } from './forms';
import { theRow } from '../db/rows';
import { refuseWhileAllocated } from './caseload';
import { refuseJoiningComplaintsTeam } from './team-reach';
import { refuseWorkerWithoutTeam } from './worker-team';

/**
 * Admin writes about staff accounts (teams are in teams.ts). Each is one transaction with
 * its audit event; none of them touches what a young person said.
 */

export type Membership = { teamId: string; teamRole: 'worker' | 'manager' };
type Result<T = string> = { ok: true; id: T } | { ok: false; field: string; error: string };

async function emailTaken(email: string, exceptId?: string) {
	const where = exceptId
		? and(eq(users.email, email), ne(users.id, exceptId))
		: eq(users.email, email);
	return (await db().select({ id: users.id }).from(users).where(where).limit(1))[0] !== undefined;
}

async function writeRolesAndTeams(
	tx: Tx,
	userId: string,
	input: StaffInput,
	memberships: Membership[]
) {
	await tx.delete(userRoles).where(eq(userRoles.userId, userId));
	for (const role of input.roles) await tx.insert(userRoles).values({ userId, role });
	await tx.delete(teamMembers).where(eq(teamMembers.userId, userId));
	for (const m of memberships) await tx.insert(teamMembers).values({ userId, ...m });
}

/** A new staff account with no password: they are emailed a link to choose one, which the admin never sees. */
export async function createStaffAccount(
	actor: SessionUser,
	input: StaffInput,
	memberships: Membership[],
	now = new Date()
) {
	if (await emailTaken(input.email))
		return { ok: false as const, field: 'email', error: 'email_taken' };
	const refused = await refuseRoles(actor, null, input.roles, memberships);
	if (refused) return { ok: false as const, field: 'roles', error: refused };
	const teamless = await refuseWorkerWithoutTeam(input.roles, memberships);
	if (teamless) return teamless;
	const created = await transaction(async (tx) => {
		const { email, displayName, firstName } = input;
		const { id } = theRow(
			await tx.insert(users).values({ email, displayName, firstName, createdAt: now }).returning()
		);
		await writeRolesAndTeams(tx, id, input, memberships);
		await mailPasswordLink(tx, email, 'new_account', id, actor.id, now);
		const detail = { roles: input.roles, teams: memberships };
		await recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_created', subjectType: 'user', subjectId: id, detail },
			now
		);
		await announceReadingGiven(
			tx,
			actor,
			id,
			await readingGained(tx, null, input.roles, memberships),
			now
		);
		return { ok: true as const, id };
	});
	deliverMailSoon();
	return created;
}

export async function updateStaffAccount(
	actor: SessionUser,
	userId: string,
	input: StaffInput,
	memberships: Membership[],
	now = new Date()
): Promise<Result> {
	if (await emailTaken(input.email, userId))
		return { ok: false, field: 'email', error: 'email_taken' };
	// Nobody changes their own roles (nor locks everyone out by dropping their own admin role).
	const refused = await refuseRoles(actor, userId, input.roles, memberships);
	if (refused) return { ok: false, field: 'roles', error: refused };
	// A worker is never left in no team: no manager would see what waits for them (worker-team.ts).
	const teamless = await refuseWorkerWithoutTeam(input.roles, memberships);
	if (teamless) return teamless;
	const updated = await transaction(async (tx): Promise<Result> => {
		// Their young people need a new worker before the worker role goes (caseload.ts); checked
		// in the transaction, so one allocated to them meanwhile counts.
		const allocated = await refuseWhileAllocated(userId, input.roles, tx);
		if (allocated) return allocated;
		// A complaint may be about their worker (ADR 28): nobody with a caseload joins that team.
		const teamIds = memberships.map((t) => t.teamId);
		const joining = await refuseJoiningComplaintsTeam(tx, userId, teamIds);
		if (joining) return { ok: false, field: 'teams', error: joining };
		const { email, displayName, firstName } = input;
		const gained = await readingGained(tx, userId, input.roles, memberships);
		const [before] = await tx
			.select({ email: users.email })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1);
		await tx.update(users).set({ email, displayName, firstName }).where(eq(users.id, userId));
		if (userId !== actor.id) await writeRolesAndTeams(tx, userId, input, memberships);
		const detail = { roles: input.roles, teams: memberships };
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'staff_updated',
				subjectType: 'user',
				subjectId: userId,
				detail
			},
			now
		);
		await announceReadingGiven(tx, actor, userId, gained, now);
		const person = { id: userId, name: displayName, before: before?.email ?? null, after: email };
		await announceSignInEmailChanged(tx, actor, person, now);
		return { ok: true, id: userId };
	});
	deliverMailSoon();
	return updated;
}

/** Sign-in and every open session stop at once; the account and its history stay. */
export async function deactivateUser(
	actor: SessionUser,
	userId: string,
	now = new Date()
): Promise<Result> {
	if (userId === actor.id) return { ok: false, field: 'confirm', error: 'not_yourself' };
	return await transaction(async (tx): Promise<Result> => {
		// Checked in the transaction, so a young person allocated to them meanwhile counts (caseload.ts).
		const allocated = await refuseWhileAllocated(userId, null, tx);
		if (allocated) return allocated;
		await tx.update(users).set({ active: false, deactivatedAt: now }).where(eq(users.id, userId));
		await invalidateAllSessionsOfUser(tx, userId);
		await recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_deactivated', subjectType: 'user', subjectId: userId },
			now
		);
		return { ok: true, id: userId };
	});
}

export async function reactivateUser(
	actor: SessionUser,
	userId: string,
	now = new Date()
): Promise<void> {
	await transaction(async (tx) => {
		const [account] = await tx
			.select({ active: users.active })
			.from(users)
			.where(eq(users.id, userId))
			.limit(1);
		// Already active (a second click): nothing changes, and nobody is told twice.
		if (!account || account.active) return;
		await tx.update(users).set({ active: true, deactivatedAt: null }).where(eq(users.id, userId));
		await recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_reactivated', subjectType: 'user', subjectId: userId },
			now
		);
		// Everything they read again is reading given (ADR 10): told as a new account's would be.
		const again = await readingGained(
			tx,
			null,
			await rolesOf(userId, tx),
			await membershipsOf(userId, tx)
		);
		await announceReadingGiven(tx, actor, userId, again, now);
	});
}
