import { createECDH } from 'node:crypto';
import { and, desc, eq, ne, notInArray, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { preparedOnce } from '../db/prepared';
import { rowsChanged } from '../db/rows';
import { pushSubscriptions } from '../db/schema';
import { isPushServiceEndpoint } from './endpoints';
import { theRow } from '../db/rows';
import { insertionOrder } from '../db/dialect';

export interface DeviceSubscription {
	endpoint: string;
	keys: { p256dh: string; auth: string };
}

/** Phones and computers one person may have told at once; a new one beyond puts out the oldest. */
export const DEVICES_PER_PERSON = 10;

const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const bytesOf = (key: string, most: number) =>
	BASE64URL.test(key) && key.length <= most ? Buffer.from(key, 'base64url') : null;

/**
 * The browser's public key, if it is a real point on P-256: a key that is not could never be
 * encrypted for, and its pushes would fail on every try.
 */
function isDeviceKey(p256dh: string): boolean {
	const point = bytesOf(p256dh, 100);
	if (point?.length !== 65 || point[0] !== 0x04) return false;
	try {
		const ours = createECDH('prime256v1');
		ours.generateKeys();
		ours.computeSecret(point);
		return true;
	} catch {
		return false;
	}
}

/** What the browser's PushSubscription.toJSON() gives, if it can be used. */
export function readSubscription(value: unknown): DeviceSubscription | null {
	const v = value as { endpoint?: unknown; keys?: { p256dh?: unknown; auth?: unknown } } | null;
	const endpoint = v?.endpoint;
	const p256dh = v?.keys?.p256dh;
	const auth = v?.keys?.auth;
	if (typeof endpoint !== 'string' || typeof p256dh !== 'string' || typeof auth !== 'string')
		return null;
	// A P-256 public key is 65 bytes (87 characters); the auth secret 16 bytes (22).
	if (!isDeviceKey(p256dh) || bytesOf(auth, 30)?.length !== 16) return null;
	if (!isPushServiceEndpoint(endpoint)) return null;
	return { endpoint, keys: { p256dh, auth } };
}

/** This device, signed in as this person, asks to be told. It belongs to this sign-in. */
export async function turnOnPush(
	userId: string,
	sessionId: string,
	device: DeviceSubscription
): Promise<void> {
	await transaction(async (tx) => {
		// The same phone again (or handed to someone else who signed in): it is theirs now.
		await tx.delete(pushSubscriptions).where(eq(pushSubscriptions.endpoint, device.endpoint));
		const added = theRow(
			await tx
				.insert(pushSubscriptions)
				.values({
					userId,
					sessionId,
					endpoint: device.endpoint,
					p256dh: device.keys.p256dh,
					auth: device.keys.auth
				})
				.returning({ id: pushSubscriptions.id })
		).id;
		// Beyond the limit the oldest goes: a page that registers devices without end fills nothing.
		const kept = (
			await tx
				.select({ id: pushSubscriptions.id })
				.from(pushSubscriptions)
				.where(and(eq(pushSubscriptions.userId, userId), ne(pushSubscriptions.id, added)))
				// Ids are random: devices turned on in the same millisecond are told apart by insertion.
				.orderBy(desc(pushSubscriptions.createdAt), desc(insertionOrder(pushSubscriptions)))
				.limit(DEVICES_PER_PERSON - 1)
		).map((row) => row.id);
		await tx
			.delete(pushSubscriptions)
			.where(
				and(
					eq(pushSubscriptions.userId, userId),
					notInArray(pushSubscriptions.id, [added, ...kept])
				)
			);
		await recordAuditEvent(tx, { actorId: userId, action: 'push_turned_on' });
	});
}

/** This device is told nothing more. Without an endpoint (no script on the page): this sign-in's. */
export async function turnOffPush(
	userId: string,
	sessionId: string,
	endpoint?: string
): Promise<void> {
	await transaction(async (tx) => {
		const mine = eq(pushSubscriptions.userId, userId);
		const which = endpoint
			? eq(pushSubscriptions.endpoint, endpoint)
			: eq(pushSubscriptions.sessionId, sessionId);
		const removed = await tx.delete(pushSubscriptions).where(and(mine, which));
		if (rowsChanged(removed) > 0)
			await recordAuditEvent(tx, { actorId: userId, action: 'push_turned_off' });
	});
}

/** Whether this sign-in (this device) is told when something happens. */
export async function pushIsOn(sessionId: string): Promise<boolean> {
	return Boolean(await pushForSession().get({ sessionId }));
}

// Asked on the notifications page and the settings page, on every visit.
const pushForSession = preparedOnce((database) =>
	database
		.select({ id: pushSubscriptions.id })
		.from(pushSubscriptions)
		.where(eq(pushSubscriptions.sessionId, sql.placeholder('sessionId')))
		.limit(1)
		.prepare()
);
