import webpush from 'web-push';
import { transaction } from '../db';
import { pushKeys } from '../db/schema';

export interface VapidKeys {
	publicKey: string;
	privateKey: string;
}

let kept: VapidKeys | null = null;

/**
 * Heard's VAPID key pair, made the first time it is needed and kept in the database, so every
 * phone's subscription stays valid across restarts (ADR 38).
 */
export async function vapidKeys(): Promise<VapidKeys> {
	if (kept) return kept;
	kept = await transaction(async (tx) => {
		const found = (
			await tx
				.select({ publicKey: pushKeys.publicKey, privateKey: pushKeys.privateKey })
				.from(pushKeys)
				.limit(1)
		)[0];
		if (found) return found;
		const made = webpush.generateVAPIDKeys();
		await tx.insert(pushKeys).values(made);
		return made;
	});
	return kept;
}

/**
 * Who the push services may contact about Heard's messages (the VAPID "subject"). It must be
 * https: or mailto: (RFC 8292; web-push refuses anything else), so a server on plain http, on a
 * laptop or under test, names no address rather than sending nothing.
 */
export function vapidSubject(): string {
	if (process.env.PUSH_CONTACT) return process.env.PUSH_CONTACT;
	const origin = process.env.ORIGIN;
	return origin?.startsWith('https:') ? origin : 'mailto:no-reply@heard.invalid';
}
