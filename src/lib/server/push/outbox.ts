import { and, asc, eq, gt, isNull, lt, lte } from 'drizzle-orm';
import { db, transaction, type Tx } from '../db';
import { rowsChanged } from '../db/rows';
import { pushOutbox, pushSubscriptions, users, youngPeople } from '../db/schema';
import { retryDelayMs } from '../retry-delay';

export type PushMessage = (typeof pushOutbox.$inferInsert)['message'];

/** Set by the scheduler while this process delivers pushes: asked to deliver soon after a queue. */
let whenQueued: (() => void) | null = null;
export function onPushQueued(deliver: (() => void) | null): void {
	whenQueued = deliver;
}

/**
 * A push for every device this person turned on, in the caller's transaction. Delivery is asked
 * for on the next turn of the event loop, after the (synchronous) transaction has committed.
 */
export async function queuePush(
	tx: Tx,
	userId: string,
	message: PushMessage,
	now: Date
): Promise<void> {
	const devices = await tx
		.select({ id: pushSubscriptions.id })
		.from(pushSubscriptions)
		.where(eq(pushSubscriptions.userId, userId));
	for (const device of devices)
		await tx
			.insert(pushOutbox)
			.values({ subscriptionId: device.id, message, createdAt: now, nextAttemptAt: now });
	if (devices.length > 0 && whenQueued) setImmediate(whenQueued);
}

/**
 * How long a push is worth sending: the push service holds it no longer, and news a day old is
 * no news (the young person sees it on signing in). A push not sent by then is given up.
 */
export const PUSH_TIME_TO_LIVE_MS = 24 * 60 * 60 * 1000;

/** Pushes that are due: where they go, whether the app is "Notes" there, and in what language. */
export async function listDuePush(now: Date, limit = 25) {
	return await db()
		.select({
			id: pushOutbox.id,
			message: pushOutbox.message,
			attempts: pushOutbox.attempts,
			subscriptionId: pushSubscriptions.id,
			endpoint: pushSubscriptions.endpoint,
			p256dh: pushSubscriptions.p256dh,
			auth: pushSubscriptions.auth,
			discreet: youngPeople.discreetApp,
			language: youngPeople.language
		})
		.from(pushOutbox)
		.innerJoin(pushSubscriptions, eq(pushOutbox.subscriptionId, pushSubscriptions.id))
		.innerJoin(users, eq(pushSubscriptions.userId, users.id))
		.leftJoin(youngPeople, eq(youngPeople.userId, users.id))
		.where(
			and(
				isNull(pushOutbox.sentAt),
				lte(pushOutbox.nextAttemptAt, now),
				gt(pushOutbox.createdAt, new Date(now.getTime() - PUSH_TIME_TO_LIVE_MS))
			)
		)
		.orderBy(asc(pushOutbox.createdAt))
		.limit(limit);
}

export async function markPushSent(id: string, now: Date): Promise<void> {
	await transaction((tx) =>
		tx.update(pushOutbox).set({ sentAt: now, lastError: null }).where(eq(pushOutbox.id, id))
	);
}

/** Tried again later, later each time, as mail is. */
export async function markPushFailed(
	id: string,
	attemptsBefore: number,
	error: string,
	now: Date
): Promise<void> {
	const attempts = attemptsBefore + 1;
	await transaction((tx) =>
		tx
			.update(pushOutbox)
			.set({
				attempts,
				lastError: error.slice(0, 500),
				nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts))
			})
			.where(eq(pushOutbox.id, id))
	);
}

/** The push service says this device is gone: it, and what waits for it, are removed. */
export async function forgetDevice(subscriptionId: string): Promise<void> {
	await transaction((tx) =>
		tx.delete(pushSubscriptions).where(eq(pushSubscriptions.id, subscriptionId))
	);
}

/** Pushes never sent within their time to live: no longer tried, so no longer kept. */
export async function giveUpStalePush(now: Date): Promise<number> {
	const stale = new Date(now.getTime() - PUSH_TIME_TO_LIVE_MS);
	return rowsChanged(
		await transaction((tx) =>
			tx.delete(pushOutbox).where(and(isNull(pushOutbox.sentAt), lt(pushOutbox.createdAt, stale)))
		)
	);
}
