import { and, desc, eq, gt, ne } from 'drizzle-orm';
import type { SessionUser } from './session';
import { recordAuditEvent } from '../audit';
import { db, transaction } from '../db';
import { rowsChanged } from '../db/rows';
import { sessions, users } from '../db/schema';

/**
 * "Where you are signed in": a person's own sessions, and ending them. A session is named to its
 * owner by its id, the SHA-256 of its token: it cannot be turned back into the cookie, and every
 * read and write here is limited to the owner's own rows.
 */

export async function listOwnSessions(userId: string, currentSessionId: string, now = new Date()) {
	return (
		await db()
			.select({
				id: sessions.id,
				deviceKind: sessions.deviceKind,
				browser: sessions.browser,
				system: sessions.system,
				createdAt: sessions.createdAt,
				lastUsedAt: sessions.lastUsedAt
			})
			.from(sessions)
			.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
			.orderBy(desc(sessions.lastUsedAt), desc(sessions.createdAt))
	)
		.map((s) => ({
			...s,
			lastUsedAt: s.lastUsedAt ?? s.createdAt,
			current: s.id === currentSessionId
		}))
		.sort((a, b) => Number(b.current) - Number(a.current));
}

export type SignedOut = { ok: true; ended: number } | { ok: false; reason: 'not_found' };

/** Ends one of the person's other sessions; never the one they are using (that is "Sign out"). */
export async function endOtherSession(
	actor: SessionUser,
	currentSessionId: string,
	sessionId: string,
	now = new Date()
): Promise<SignedOut> {
	if (sessionId === currentSessionId) return { ok: false, reason: 'not_found' };
	return await transaction(async (tx) => {
		const ended = rowsChanged(
			await tx
				.delete(sessions)
				.where(and(eq(sessions.id, sessionId), eq(sessions.userId, actor.id)))
		);
		if (ended === 0) return { ok: false, reason: 'not_found' } as const;
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'signed_out_elsewhere',
				subjectType: 'user',
				subjectId: actor.id,
				detail: { ended }
			},
			now
		);
		return { ok: true, ended } as const;
	});
}

/** Ends every session of the person's but this one. */
export async function endAllOtherSessions(
	actor: SessionUser,
	currentSessionId: string,
	now = new Date()
): Promise<SignedOut> {
	return await transaction(async (tx) => {
		const ended = rowsChanged(
			await tx
				.delete(sessions)
				.where(and(eq(sessions.userId, actor.id), ne(sessions.id, currentSessionId)))
		);
		if (ended > 0)
			await recordAuditEvent(
				tx,
				{
					actorId: actor.id,
					action: 'signed_out_elsewhere',
					subjectType: 'user',
					subjectId: actor.id,
					detail: { ended }
				},
				now
			);
		return { ok: true, ended } as const;
	});
}

export type SignedOutByAdmin =
	{ ok: true; ended: number } | { ok: false; reason: 'not_yourself' | 'not_found' };

/**
 * An administrator signs someone out everywhere (a lost phone, a shared computer): every session
 * ends, audited. Their own account they sign out from their own "Where you are signed in" page.
 */
export async function endAllSessionsOf(
	actor: SessionUser,
	userId: string,
	now = new Date()
): Promise<SignedOutByAdmin> {
	if (userId === actor.id) return { ok: false, reason: 'not_yourself' };
	return await transaction(async (tx) => {
		const exists = (
			await tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1)
		)[0];
		if (!exists) return { ok: false, reason: 'not_found' } as const;
		const ended = rowsChanged(await tx.delete(sessions).where(eq(sessions.userId, userId)));
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'sessions_ended_by_admin',
				subjectType: 'user',
				subjectId: userId,
				detail: { ended }
			},
			now
		);
		return { ok: true, ended } as const;
	});
}

/** How many places someone is signed in now, for the admin's account pages. */
export async function countSessionsOf(userId: string, now = new Date()): Promise<number> {
	return (
		await db()
			.select({ id: sessions.id })
			.from(sessions)
			.where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, now)))
	).length;
}
