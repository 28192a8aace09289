import type { Cookies } from '@sveltejs/kit';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '$lib/vocabulary';
import { transaction, type Tx } from '../db';
import { preparedOnce } from '../db/prepared';
import { sessions, userRoles, users } from '../db/schema';
import { describeDevice } from './device';

const DAY_MS = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY_MS;
/** Past half its life, a used session is extended: active people stay signed in. */
const RENEW_WITHIN_MS = 15 * DAY_MS;
/**
 * Staff sign in on office computers others use, and read what children said: a staff session
 * lasts this long from its last use, as a council's security review expects, so one left open
 * overnight has ended by morning. A young person's phone is their own (with quick exit), so
 * theirs lasts SESSION_LIFETIME_MS, renewed past half of it.
 */
export const STAFF_IDLE_MS = 8 * 60 * 60 * 1000;
/** "Last used" is shown to the nearest few minutes, so a signed-in request seldom writes. */
const LAST_USED_STEP_MS = 5 * 60 * 1000;
export const SESSION_COOKIE = 'heard_session';

export interface SessionUser {
	id: string;
	displayName: string;
	firstName: string;
	roles: Role[];
}
export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}
type SessionValidation =
	| { session: Session; user: SessionUser; renewed: boolean }
	| { session: null; user: null; renewed: false };

export function generateSessionToken(): string {
	return encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(20)));
}

/** Only the hash is stored: a copy of the database cannot be used to sign in. */
export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** `userAgent` is read into coarse words for "Where you are signed in" and not kept itself. */
export async function createSession(
	token: string,
	userId: string,
	now = new Date(),
	userAgent: string | null = null
): Promise<Session> {
	const roles = (await sessionQueries().roles.all({ userId })).map((r) => r.role);
	const session = { id: sessionIdFromToken(token), userId, expiresAt: lifeFrom(now, roles) };
	await transaction((tx) =>
		tx
			.insert(sessions)
			.values({ ...session, ...describeDevice(userAgent), createdAt: now, lastUsedAt: now })
	);
	return session;
}

const isStaff = (roles: Role[]) => roles.some((role) => role !== 'young_person');
const lifeFrom = (now: Date, roles: Role[]) =>
	new Date(now.getTime() + (isStaff(roles) ? STAFF_IDLE_MS : SESSION_LIFETIME_MS));

/** Every signed-in request makes these two reads. */
const sessionQueries = preparedOnce((database) => ({
	withUser: database
		.select({ session: sessions, user: users })
		.from(sessions)
		.innerJoin(users, eq(sessions.userId, users.id))
		.where(eq(sessions.id, sql.placeholder('sessionId')))
		.prepare(),
	roles: database
		.select({ role: userRoles.role })
		.from(userRoles)
		.where(eq(userRoles.userId, sql.placeholder('userId')))
		.prepare()
}));

export async function validateSessionToken(
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const sessionId = sessionIdFromToken(token);
	const row = await sessionQueries().withUser.get({ sessionId });
	if (!row) return { session: null, user: null, renewed: false };

	const { session, user } = row;
	if (now.getTime() >= session.expiresAt.getTime() || !user.active) {
		await invalidateSession(session.id);
		return { session: null, user: null, renewed: false };
	}

	const roles = (await sessionQueries().roles.all({ userId: user.id })).map((r) => r.role);
	const stale = now.getTime() - (session.lastUsedAt?.getTime() ?? 0) >= LAST_USED_STEP_MS;
	// A staff session moves on with each use written; a young person's past half its life.
	const renewed = isStaff(roles)
		? stale
		: session.expiresAt.getTime() - now.getTime() < RENEW_WITHIN_MS;
	if (renewed) session.expiresAt = lifeFrom(now, roles);
	if (renewed || stale) {
		await transaction((tx) =>
			tx
				.update(sessions)
				.set({ expiresAt: session.expiresAt, lastUsedAt: now })
				.where(eq(sessions.id, session.id))
		);
	}

	return {
		session: { id: session.id, userId: session.userId, expiresAt: session.expiresAt },
		user: { id: user.id, displayName: user.displayName, firstName: user.firstName, roles },
		renewed
	};
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await transaction((tx) => tx.delete(sessions).where(eq(sessions.id, sessionId)));
}

/** Used on password change, new activation code and deactivation, inside their transactions. */
export async function invalidateAllSessionsOfUser(tx: Tx, userId: string): Promise<void> {
	await tx.delete(sessions).where(eq(sessions.userId, userId));
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, secure: boolean): void {
	cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}
