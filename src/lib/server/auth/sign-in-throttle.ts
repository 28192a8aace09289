import { and, count, eq, gt, lt } from 'drizzle-orm';
import { db, type Tx } from '../db';
import { signInPlaces } from '../db/schema';
import { clearCounter, releaseAttempt, reserveAttempt, type Reservation } from './throttle';

/**
 * Wrong passwords allowed within the window (docs/adr/0011-sign-in-throttling.md):
 * - `place`: one account from one address. Stops guessing from one place, and
 *   applies everywhere, also where the account has signed in before.
 * - `account`: one account from anywhere. Stops guessing spread over many
 *   addresses, but only shuts out addresses the account has never signed in from,
 *   so a stranger cannot lock a child out of their own phone or home.
 * - `address`: one address across all names. Stops trying many names from one
 *   place; a house many accounts sign in from gets more room, and accounts that
 *   already sign in there are never shut out by it.
 */
export const SIGN_IN_LIMITS = {
	place: 5,
	account: 5,
	address: 30,
	addressPerAccountThere: 10
} as const;

/** How long a successful sign-in makes an address a known place for that account. */
export const KNOWN_PLACE_MS = 90 * 24 * 60 * 60 * 1000;

interface SignInAttempt {
	/**
	 * What was typed, trimmed and lower-cased, as a pseudonym (pseudonym.ts): an unknown name
	 * is counted just like a real one.
	 */
	name: string;
	/** The network address, as a pseudonym. */
	address: string;
	userId: string | null;
}

const since = (now: Date) => new Date(now.getTime() - KNOWN_PLACE_MS);

async function isKnownPlace(userId: string, address: string, now: Date): Promise<boolean> {
	const row = (
		await db()
			.select({ at: signInPlaces.lastSignedInAt })
			.from(signInPlaces)
			.where(and(eq(signInPlaces.userId, userId), eq(signInPlaces.address, address)))
			.limit(1)
	)[0];
	return row !== undefined && row.at.getTime() > since(now).getTime();
}

async function accountsSigningInFrom(address: string, now: Date): Promise<number> {
	return (
		(
			await db()
				.select({ n: count() })
				.from(signInPlaces)
				.where(and(eq(signInPlaces.address, address), gt(signInPlaces.lastSignedInAt, since(now))))
				.limit(1)
		)[0]?.n ?? 0
	);
}

const placeKey = (a: Pick<SignInAttempt, 'name' | 'address'>) => `place:${a.name}|${a.address}`;

/** Counts the attempt before its password is checked; null means too many tries, without checking. */
export async function reserveSignInAttempt(
	attempt: SignInAttempt,
	now = new Date()
): Promise<Reservation | null> {
	const knownHere =
		attempt.userId !== null && (await isKnownPlace(attempt.userId, attempt.address, now));
	const addressLimit =
		SIGN_IN_LIMITS.address +
		SIGN_IN_LIMITS.addressPerAccountThere * (await accountsSigningInFrom(attempt.address, now));
	return await reserveAttempt(
		[
			{ key: placeKey(attempt), limit: SIGN_IN_LIMITS.place, applies: true },
			{ key: `account:${attempt.name}`, limit: SIGN_IN_LIMITS.account, applies: !knownHere },
			{ key: `address:${attempt.address}`, limit: addressLimit, applies: !knownHere }
		],
		now
	);
}

/** The right password, but the account cannot be used: not a guess, so it does not count. */
export async function releaseSignInAttempt(
	tx: Tx,
	reservation: Reservation,
	now = new Date()
): Promise<void> {
	await releaseAttempt(tx, reservation, now);
}

/**
 * The right password: the attempt no longer counts, this place's count starts
 * afresh and the address becomes a known place for the account. The account's
 * own count is not cleared, or each sign-in by its owner would hand a stranger
 * elsewhere a fresh set of guesses.
 */
export async function recordSuccessfulSignIn(
	tx: Tx,
	reservation: Reservation,
	attempt: SignInAttempt & { userId: string },
	now = new Date()
): Promise<void> {
	await releaseAttempt(tx, reservation, now);
	await clearCounter(tx, placeKey(attempt));
	await tx
		.insert(signInPlaces)
		.values({ userId: attempt.userId, address: attempt.address, lastSignedInAt: now })
		.onConflictDoUpdate({
			target: [signInPlaces.userId, signInPlaces.address],
			set: { lastSignedInAt: now }
		});
	await tx
		.delete(signInPlaces)
		.where(
			and(eq(signInPlaces.userId, attempt.userId), lt(signInPlaces.lastSignedInAt, since(now)))
		);
}
