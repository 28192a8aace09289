import webpush from 'web-push';
import { asLocale, baseLocale, type Locale } from '$lib/languages';
import { m } from '$lib/paraglide/messages.js';
import { isTurnedOn } from '../languages';
import { getSetting } from '../settings';
import { vapidKeys, vapidSubject } from './keys';
import {
	forgetDevice,
	giveUpStalePush,
	listDuePush,
	markPushFailed,
	markPushSent,
	PUSH_TIME_TO_LIVE_MS,
	type PushMessage
} from './outbox';

/** Held by the push service for as long as Heard tries it, no longer. */
const TIME_TO_LIVE_S = PUSH_TIME_TO_LIVE_MS / 1000;

/** The young person's language when it is turned on; staff, and everyone else, English. */
async function languageFor(language: string | null): Promise<Locale> {
	const locale = asLocale(language);
	return locale && isTurnedOn(locale, await getSetting('languageSwitches')) ? locale : baseLocale;
}

/**
 * What the phone shows: one fixed sentence, never what anyone wrote and never a name, worded
 * for a phone someone else may pick up. The title is what the app is called on that phone.
 */
export function pushWords(message: PushMessage, discreet: boolean, locale: Locale = baseLocale) {
	const options = { locale };
	const app = discreet ? m.app_name_discreet({}, options) : m.app_name({}, options);
	const body =
		message === 'reply'
			? m.push_reply({ app }, options)
			: message === 'read'
				? m.push_read({}, options)
				: m.push_urgent({}, options);
	const icon = discreet ? '/icons/notes-192.png' : '/icons/heard-192.png';
	return { title: app, body, icon, url: '/' };
}

/**
 * Sends what is due in the push outbox, encrypted for each device (web-push, aes128gcm). The
 * outbox row's id is the push's Topic, so a push sent again after a failure replaces the copy
 * the push service may still hold: the phone shows it once. A device the push service no longer
 * knows (404, 410) is removed with what waits for it; any other failure is retried later.
 */
export async function deliverDuePush(now = new Date()): Promise<{ sent: number; failed: number }> {
	const keys = await vapidKeys();
	let sent = 0;
	let failed = 0;
	await giveUpStalePush(now);
	for (const push of await listDuePush(now)) {
		const words = pushWords(push.message, push.discreet ?? false, await languageFor(push.language));
		try {
			const request = webpush.generateRequestDetails(
				{ endpoint: push.endpoint, keys: { p256dh: push.p256dh, auth: push.auth } },
				JSON.stringify(words),
				{
					vapidDetails: { subject: vapidSubject(), ...keys },
					TTL: TIME_TO_LIVE_S,
					topic: push.id,
					urgency: push.message === 'urgent' ? 'high' : 'normal'
				}
			);
			const response = await fetch(request.endpoint, {
				method: request.method,
				headers: request.headers as Record<string, string>,
				body: request.body ? new Uint8Array(request.body) : undefined,
				signal: AbortSignal.timeout(10_000)
			});
			await response.arrayBuffer();
			if (response.status === 404 || response.status === 410) {
				await forgetDevice(push.subscriptionId);
			} else if (response.ok) {
				await markPushSent(push.id, new Date());
				sent += 1;
			} else {
				await markPushFailed(
					push.id,
					push.attempts,
					`push service answered ${response.status}`,
					now
				);
				failed += 1;
			}
		} catch (error) {
			await markPushFailed(
				push.id,
				push.attempts,
				error instanceof Error ? error.message : String(error),
				now
			);
			failed += 1;
		}
	}
	return { sent, failed };
}
