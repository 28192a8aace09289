/// <reference lib="webworker" />
// Notifications (docs/adr/0038-web-push.md): what the server sends is one fixed sentence, never
// what anyone wrote and never a name; the phone shows it and opens Heard when it is tapped.

interface Shown {
	title: string;
	body: string;
	icon?: string;
	url?: string;
}

export function showPush(worker: ServiceWorkerGlobalScope, event: PushEvent): Promise<void> {
	let shown: Shown | null;
	try {
		shown = event.data?.json() as Shown;
	} catch {
		shown = null;
	}
	if (!shown?.title) return Promise.resolve();
	// One notification at a time: a second news replaces the first rather than piling up.
	return worker.registration.showNotification(shown.title, {
		body: shown.body,
		icon: shown.icon,
		tag: 'heard',
		data: { url: shown.url ?? '/' }
	});
}

export async function openFromNotification(
	worker: ServiceWorkerGlobalScope,
	notification: Notification
): Promise<void> {
	notification.close();
	const url = new URL(String(notification.data?.url ?? '/'), worker.location.origin);
	if (url.origin !== worker.location.origin) return;
	const open = await worker.clients.matchAll({ type: 'window' });
	const same = open.find((client) => new URL(client.url).origin === url.origin);
	if (same) await (same as WindowClient).navigate(url.href).then((client) => client?.focus());
	else await worker.clients.openWindow(url.href);
}

/**
 * This phone is told nothing more: after a quick exit (someone may be looking) or signing out.
 * The browser forgets the subscription; the server is asked to forget it too (signing out
 * removes it with the sign-in in any case).
 */
export async function stopPush(worker: ServiceWorkerGlobalScope): Promise<void> {
	const subscription = await worker.registration.pushManager?.getSubscription();
	if (!subscription) return;
	const { endpoint } = subscription;
	await subscription.unsubscribe().catch(() => false);
	await fetch('/push', {
		method: 'DELETE',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ endpoint })
	}).catch(() => undefined);
}
