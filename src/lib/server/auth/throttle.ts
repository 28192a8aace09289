import { eq } from 'drizzle-orm';
import { db } from '../db';
import { signInThrottle } from '../db/schema';

const WINDOW_MS = 15 * 60 * 1000;
const LOCK_MS = 15 * 60 * 1000;

/**
 * Failures allowed within the window before a key is locked. An address gets
 * more room than an account: a residential house or school shares one address.
 */
export const SIGN_IN_LIMITS = { account: 5, address: 30 } as const;

export type ThrottleKey = { kind: keyof typeof SIGN_IN_LIMITS; value: string };

const keyOf = (k: ThrottleKey) => `${k.kind}:${k.value.toLowerCase()}`;

/** Keyed by what was typed, so a locked name says nothing about whether that account exists. */
export function isLocked(keys: ThrottleKey[], now = new Date()): boolean {
	return keys.some((k) => {
		const row = db().select().from(signInThrottle).where(eq(signInThrottle.key, keyOf(k))).get();
		return row?.lockedUntil != null && row.lockedUntil.getTime() > now.getTime();
	});
}

export function recordFailedSignIn(keys: ThrottleKey[], now = new Date()): void {
	for (const k of keys) {
		const key = keyOf(k);
		const row = db().select().from(signInThrottle).where(eq(signInThrottle.key, key)).get();
		const windowOpen = row && now.getTime() - row.windowStartedAt.getTime() < WINDOW_MS;
		const failures = windowOpen ? row.failures + 1 : 1;
		const lockedUntil = failures >= SIGN_IN_LIMITS[k.kind] ? new Date(now.getTime() + LOCK_MS) : null;
		const values = { failures, windowStartedAt: windowOpen ? row.windowStartedAt : now, lockedUntil };
		db()
			.insert(signInThrottle)
			.values({ key, ...values })
			.onConflictDoUpdate({ target: signInThrottle.key, set: values })
			.run();
	}
}

/** A successful sign-in clears the account's count; the address keeps its own. */
export function clearAccountFailures(identifier: string): void {
	db().delete(signInThrottle).where(eq(signInThrottle.key, keyOf({ kind: 'account', value: identifier }))).run();
}
