import { and, eq, ne } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { invalidateAllSessionsOfUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db, type Tx } from '../db';
import { teamMembers, userRoles, users } from '../db/schema';
import { deliverMailSoon } from '../notifications/mail-wake';
import { announceReadingGiven, readingGained, refuseRoles } from './reading-roles';
import { mailPasswordLink } from './passwords';
import type { StaffInput } from './forms';

/**
 * Admin writes about staff accounts (teams are in teams.ts). Each is one transaction with
 * its audit event; none of them touches what a young person said.
 */

export type Membership = { teamId: string; teamRole: 'worker' | 'manager' };
type Result<T = string> = { ok: true; id: T } | { ok: false; field: string; error: string };

function emailTaken(email: string, exceptId?: string) {
	const where = exceptId
		? and(eq(users.email, email), ne(users.id, exceptId))
		: eq(users.email, email);
	return db().select({ id: users.id }).from(users).where(where).get() !== undefined;
}

function writeRolesAndTeams(tx: Tx, userId: string, input: StaffInput, memberships: Membership[]) {
	tx.delete(userRoles).where(eq(userRoles.userId, userId)).run();
	for (const role of input.roles) tx.insert(userRoles).values({ userId, role }).run();
	tx.delete(teamMembers).where(eq(teamMembers.userId, userId)).run();
	for (const m of memberships)
		tx.insert(teamMembers)
			.values({ userId, ...m })
			.run();
}

/** A new staff account with no password: they are emailed a link to choose one, which the admin never sees. */
export function createStaffAccount(
	actor: SessionUser,
	input: StaffInput,
	memberships: Membership[],
	now = new Date()
) {
	if (emailTaken(input.email)) return { ok: false as const, field: 'email', error: 'email_taken' };
	const refused = refuseRoles(actor, null, input.roles, memberships);
	if (refused) return { ok: false as const, field: 'roles', error: refused };
	const created = db().transaction((tx) => {
		const { email, displayName, firstName } = input;
		const { id } = tx
			.insert(users)
			.values({ email, displayName, firstName, createdAt: now })
			.returning()
			.get();
		writeRolesAndTeams(tx, id, input, memberships);
		mailPasswordLink(tx, email, 'new_account', id, actor.id, now);
		const detail = { roles: input.roles, teams: memberships };
		recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_created', subjectType: 'user', subjectId: id, detail },
			now
		);
		announceReadingGiven(tx, actor, id, readingGained(tx, null, input.roles, memberships), now);
		return { ok: true as const, id };
	});
	deliverMailSoon();
	return created;
}

export function updateStaffAccount(
	actor: SessionUser,
	userId: string,
	input: StaffInput,
	memberships: Membership[],
	now = new Date()
): Result {
	if (emailTaken(input.email, userId)) return { ok: false, field: 'email', error: 'email_taken' };
	// Nobody changes their own roles (nor locks everyone out by dropping their own admin role).
	const refused = refuseRoles(actor, userId, input.roles, memberships);
	if (refused) return { ok: false, field: 'roles', error: refused };
	return db().transaction((tx) => {
		const { email, displayName, firstName } = input;
		const gained = readingGained(tx, userId, input.roles, memberships);
		tx.update(users).set({ email, displayName, firstName }).where(eq(users.id, userId)).run();
		if (userId !== actor.id) writeRolesAndTeams(tx, userId, input, memberships);
		const detail = { roles: input.roles, teams: memberships };
		recordAuditEvent(
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
		announceReadingGiven(tx, actor, userId, gained, now);
		return { ok: true, id: userId };
	});
}

/** Sign-in and every open session stop at once; the account and its history stay. */
export function deactivateUser(actor: SessionUser, userId: string, now = new Date()): Result {
	if (userId === actor.id) return { ok: false, field: 'confirm', error: 'not_yourself' };
	return db().transaction((tx) => {
		tx.update(users).set({ active: false, deactivatedAt: now }).where(eq(users.id, userId)).run();
		invalidateAllSessionsOfUser(tx, userId);
		recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_deactivated', subjectType: 'user', subjectId: userId },
			now
		);
		return { ok: true, id: userId };
	});
}

export function reactivateUser(actor: SessionUser, userId: string, now = new Date()): void {
	db().transaction((tx) => {
		tx.update(users).set({ active: true, deactivatedAt: null }).where(eq(users.id, userId)).run();
		recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'staff_reactivated', subjectType: 'user', subjectId: userId },
			now
		);
	});
}
