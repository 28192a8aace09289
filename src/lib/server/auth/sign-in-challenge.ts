import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Cookies } from '@sveltejs/kit';
import { recordAuditEvent, recordAuditEventAlone } from '../audit';
import { db, transaction } from '../db';
import { recoveryCodes, secondSteps, signInChallenges } from '../db/schema';
import { checkSecondStep, SEND_AGAIN_MS } from './second-step';
import {
	generateSessionToken,
	invalidateAllSessionsOfUser,
	sessionIdFromToken,
	type SessionUser
} from './session';
import { SIGN_IN_LIMITS } from './sign-in-throttle';
import { clearCounter, releaseAttempt, reserveAttempt } from './throttle';

export const CHALLENGE_COOKIE = 'heard_second_step';
const CHALLENGE_MS = 10 * 60 * 1000;

/** After the right password, before the code: nothing is signed in yet. */
export async function startChallenge(
	cookies: Cookies,
	userId: string,
	secure: boolean,
	now = new Date()
) {
	const token = generateSessionToken();
	const expiresAt = new Date(now.getTime() + CHALLENGE_MS);
	await transaction((tx) => tx.delete(signInChallenges).where(eq(signInChallenges.userId, userId)));
	await transaction((tx) =>
		tx.insert(signInChallenges).values({ id: sessionIdFromToken(token), userId, expiresAt })
	);
	cookies.set(CHALLENGE_COOKIE, token, {
		path: '/login',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

/** The challenge this browser holds: whose, and when its code was right if it was. */
export interface Challenge {
	userId: string;
	passedAt: Date | null;
}

export async function findChallenge(cookies: Cookies, now = new Date()): Promise<Challenge | null> {
	const token = cookies.get(CHALLENGE_COOKIE);
	if (!token) return null;
	const row = (
		await db()
			.select()
			.from(signInChallenges)
			.where(
				and(eq(signInChallenges.id, sessionIdFromToken(token)), gt(signInChallenges.expiresAt, now))
			)
			.limit(1)
	)[0];
	return row ? { userId: row.userId, passedAt: row.passedAt } : null;
}

/**
 * The code was right. The challenge is kept two minutes more, marked passed: the same form sent
 * again at once (a double click sends it with the old cookie) signs in again instead of ending
 * on the sign-in page with its recovery codes never seen.
 */
export async function endChallenge(
	cookies: Cookies,
	userId: string,
	secure: boolean,
	now = new Date()
) {
	await transaction((tx) =>
		tx
			.update(signInChallenges)
			.set({ passedAt: now, expiresAt: new Date(now.getTime() + SEND_AGAIN_MS) })
			.where(and(eq(signInChallenges.userId, userId), isNull(signInChallenges.passedAt)))
	);
	cookies.delete(CHALLENGE_COOKIE, { path: '/login', httpOnly: true, sameSite: 'lax', secure });
}

/** A code, counted like a password: five wrong ones and the account waits (ADR 11). */
export async function attemptSecondStep(challenge: Challenge, code: string, now = new Date()) {
	const { userId } = challenge;
	const key = `second-step:${userId}`;
	const reservation = await reserveAttempt(
		[{ key, limit: SIGN_IN_LIMITS.place, applies: true }],
		now
	);
	if (!reservation) return 'too_many_tries' as const;
	const how = await checkSecondStep(userId, code, now, challenge.passedAt !== null);
	if (!how) {
		await recordAuditEventAlone(
			{
				actorId: userId,
				action: 'second_step_failed',
				subjectType: 'user',
				subjectId: userId
			},
			now
		);
		return 'wrong_code' as const;
	}
	await transaction(async (tx) => {
		await releaseAttempt(tx, reservation, now);
		await clearCounter(tx, key);
	});
	return how;
}

/**
 * An admin clears someone's second step (a lost phone): they set it up again, signed out
 * everywhere. Never one's own: a session alone must not be enough to take the second step away.
 */
export async function resetSecondStep(
	actor: SessionUser,
	userId: string,
	now = new Date()
): Promise<{ ok: true } | { ok: false; error: 'own_second_step' }> {
	if (userId === actor.id) return { ok: false, error: 'own_second_step' };
	await transaction(async (tx) => {
		await tx.delete(secondSteps).where(eq(secondSteps.userId, userId));
		await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
		await invalidateAllSessionsOfUser(tx, userId);
		await recordAuditEvent(
			tx,
			{ actorId: actor.id, action: 'second_step_reset', subjectType: 'user', subjectId: userId },
			now
		);
	});
	return { ok: true };
}
