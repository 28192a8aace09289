import { addToQueue, listQueue } from '$lib/offline/queue';

/** After "online", asked again this long after: the first ask can go before the signal carries. */
const AGAIN_AFTER_ONLINE_MS = [2_000, 5_000, 10_000];
/**
 * While something of theirs waits and the page is in view, asked first after 30 s, then after
 * twice as long each time, up to 10 minutes: a send refused each time (signed out in another
 * tab, say) is not uploaded again and again, recordings and all, on a phone's data.
 */
const STEADY_FIRST_MS = 30_000;
const STEADY_MOST_MS = 600_000;

/** Keys a say form on this page is waiting for: that form says "Sent!" for them itself. */
export const waitingOnThisPage = new Set<string>();

/**
 * Sending what a young person wrote when there is no signal: it waits on the phone and the
 * service worker sends it when it can (docs/adr/0032). Only where a service worker is running,
 * since nothing else would send it later; otherwise the form says the send failed, as before.
 */
export const canSendLater = () =>
	typeof navigator !== 'undefined' &&
	Boolean(navigator.serviceWorker?.controller) &&
	typeof indexedDB !== 'undefined';

/** Keeps the form on the phone; resolves with its idempotency key once it is stored there. */
export async function sendLater(owner: string, kind: string, form: FormData): Promise<string> {
	const key = String(form.get('idempotencyKey') ?? '') || crypto.randomUUID();
	const fields = [...form]
		.filter((entry): entry is [string, string] => typeof entry[1] === 'string')
		.filter(([name]) => name !== 'idempotencyKey');
	// A question's file box with nothing in it is an empty file: only real recordings wait.
	const files = [...form].filter(
		(entry): entry is [string, File] => entry[1] instanceof File && entry[1].size > 0
	);
	await addToQueue({ key, owner, kind, fields, files, queuedAt: Date.now() });
	waitingOnThisPage.add(key);
	const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
		sync?: { register(tag: string): Promise<void> };
	};
	// Background Sync, where the browser has it, sends even after Heard is closed.
	await registration.sync?.register('heard-send').catch(() => undefined);
	askToSend();
	return key;
}

/**
 * What this young person sent with no signal that still waits on the phone: which form and
 * its key, never the words. Read from the queue itself, so a reload, or coming back later,
 * still shows it (a page's own memory of it goes with the page).
 */
export async function listWaiting(owner: string): Promise<{ key: string; kind: string }[]> {
	if (typeof indexedDB === 'undefined') return [];
	const queued = await listQueue().catch(() => []);
	return queued
		.filter((item) => item.owner === owner && !item.givenBack)
		.map(({ key, kind }) => ({ key, kind }));
}

const askToSend = () => navigator.serviceWorker?.controller?.postMessage('send');

/**
 * Asks the service worker to send what waits whenever there may be signal, from every page of
 * the young person's (their layout starts it once). The browser says "online" as soon as it has
 * a network, which may not carry yet, and the service worker can learn of it after the page:
 * one ask then can fail, and nothing would ask again until the next page. A weak signal can also
 * come back with no "online" at all. So it asks again a few times after "online", and from time
 * to time while something of `owner`'s waits, the phone has a network and the page is in view.
 */
export function keepAskingToSend(owner: () => string): () => void {
	if (typeof navigator === 'undefined' || !navigator.serviceWorker) return () => undefined;
	let again: ReturnType<typeof setTimeout>[] = [];
	let gap = STEADY_FIRST_MS;
	let steady: ReturnType<typeof setTimeout> | undefined;
	const askIfWaiting = async () => {
		if (!navigator.onLine || document.visibilityState !== 'visible') return;
		if ((await listWaiting(owner())).length > 0) askToSend();
	};
	const keepOn = () => {
		steady = setTimeout(() => {
			void askIfWaiting();
			gap = Math.min(gap * 2, STEADY_MOST_MS);
			keepOn();
		}, gap);
	};
	const online = () => {
		gap = STEADY_FIRST_MS;
		askToSend();
		again.forEach(clearTimeout);
		again = AGAIN_AFTER_ONLINE_MS.map((ms) => setTimeout(() => void askIfWaiting(), ms));
	};
	keepOn();
	window.addEventListener('online', online);
	// Something sent, or the signal back: the gap starts small again.
	const stopHearing = onQueuedSent(() => (gap = STEADY_FIRST_MS));
	return () => {
		window.removeEventListener('online', online);
		stopHearing();
		again.forEach(clearTimeout);
		clearTimeout(steady);
	};
}

/** Listens for a queued send being stored (or given back to change). */
export function onQueuedSent(
	sent: (key: string, location: string, returned: boolean) => void
): () => void {
	const heard = (event: MessageEvent) => {
		if (event.data?.type === 'heard-sent')
			sent(event.data.key, event.data.location, event.data.returned === true);
	};
	navigator.serviceWorker?.addEventListener('message', heard);
	return () => navigator.serviceWorker?.removeEventListener('message', heard);
}
