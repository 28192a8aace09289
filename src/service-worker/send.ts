/// <reference lib="webworker" />
import { listQueue, noteSent, removeFromQueue, type QueuedSend } from '$lib/offline/queue';

/** What the say form hears when something it queued has been stored. */
export interface SentMessage {
	type: 'heard-sent';
	key: string;
	location: string;
}

let sending: Promise<void> | null = null;

/**
 * Sends everything waiting on this phone, one at a time, each with its own idempotency key: a
 * retry of something that did arrive is answered with the statement already stored. Whatever
 * is not accepted stays for next time (no signal, signed out, another young person signed in).
 */
export function sendQueued(worker: ServiceWorkerGlobalScope): Promise<void> {
	sending ??= sendAll(worker).finally(() => (sending = null));
	return sending;
}

async function sendAll(worker: ServiceWorkerGlobalScope) {
	let queued: QueuedSend[];
	try {
		queued = await listQueue();
	} catch {
		return;
	}
	for (const item of queued) {
		const location = await sendOne(item);
		if (location === 'no_signal') return;
		if (!location) continue;
		await removeFromQueue(item.key);
		// Kept until a page says "Sent!": none may be open to hear the message below.
		await noteSent({ key: item.key, owner: item.owner, location });
		const message: SentMessage = { type: 'heard-sent', key: item.key, location };
		for (const client of await worker.clients.matchAll({ type: 'window' }))
			client.postMessage(message);
	}
}

/** As the say form sent it: with its recordings, a multipart form like the page's own. */
function formBody(item: QueuedSend): URLSearchParams | FormData {
	if (!item.files?.length) return new URLSearchParams(item.fields);
	const body = new FormData();
	for (const [name, value] of item.fields) body.append(name, value);
	for (const [name, file] of item.files) body.append(name, file, file.name);
	return body;
}

/** Where the stored statement can be seen, null if it was not accepted now, or 'no_signal'. */
async function sendOne(item: QueuedSend): Promise<string | null> {
	const body = formBody(item);
	body.set('idempotencyKey', item.key);
	// The server refuses it if the young person signed in now is not the one who wrote it.
	body.set('queuedFor', item.owner);
	let response: Response;
	try {
		response = await fetch(`/me/say/${encodeURIComponent(item.kind)}?/send`, {
			method: 'POST',
			body,
			headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
	} catch {
		return 'no_signal';
	}
	const result = (await response.json().catch(() => null)) as {
		type?: string;
		location?: string;
	} | null;
	return result?.type === 'redirect' && result.location ? result.location : null;
}
