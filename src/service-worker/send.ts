/// <reference lib="webworker" />
import {
	giveBackOnPhone,
	listQueue,
	noteSent,
	removeFromQueue,
	type QueuedSend
} from '$lib/offline/queue';

/** What the say form hears when something it queued has been stored. */
export interface SentMessage {
	type: 'heard-sent';
	key: string;
	location: string;
	/** Not sent but given back: the server said what to change, so it is kept on the form. */
	returned?: boolean;
}

let sending: Promise<boolean> | null = null;
/** Asked while a run was going: it may have listed the queue before something new was added. */
let askedAgain = false;

/**
 * Sends everything waiting on this phone, one at a time, each with its own idempotency key: a
 * retry of something that did arrive is answered with the statement already stored. Whatever
 * is not accepted stays for next time (no signal, signed out, another young person signed in).
 * What the server refuses for good (an answer missing or too long) would wait for ever: it is
 * given back instead, kept as the young person's unfinished words on that form ("We kept what
 * you wrote"), where the form says what to change. Words too long even to keep on the server
 * are given back on the phone: they stay in the queue, marked, until the form takes them back.
 * Resolves true once nothing is left to try again.
 */
export function sendQueued(worker: ServiceWorkerGlobalScope): Promise<boolean> {
	if (sending) {
		askedAgain = true;
		return sending;
	}
	sending = (async () => {
		let done: boolean;
		do {
			askedAgain = false;
			done = await sendAll(worker);
			// Again only while the signal carries: with none, the next ask tries.
		} while (askedAgain && done);
		return done;
	})().finally(() => (sending = null));
	return sending;
}

async function sendAll(worker: ServiceWorkerGlobalScope): Promise<boolean> {
	let queued: QueuedSend[];
	try {
		queued = await listQueue();
	} catch {
		return false;
	}
	let allDone = true;
	for (const item of queued.filter((waiting) => !waiting.givenBack)) {
		const answer = await sendOne(item);
		if (answer === 'no_signal') return false;
		const kept = answer === 'refused' ? await keepOnForm(item) : null;
		const returned = kept === 'kept' || kept === 'refused';
		const location = returned ? `/me/say/${encodeURIComponent(item.kind)}` : answer;
		if (!location || location === 'refused') {
			allDone = false;
			continue;
		}
		if (kept === 'refused') await giveBackOnPhone(item);
		else await removeFromQueue(item.key);
		// Kept until a page says "Sent!": none may be open to hear the message below.
		await noteSent({ key: item.key, owner: item.owner, location, returned });
		const message: SentMessage = { type: 'heard-sent', key: item.key, location, returned };
		for (const client of await worker.clients.matchAll({ type: 'window' }))
			client.postMessage(message);
	}
	return allDone;
}

/** As the say form sent it: with its recordings, a multipart form like the page's own. */
function formBody(item: QueuedSend): URLSearchParams | FormData {
	if (!item.files?.length) return new URLSearchParams(item.fields);
	const body = new FormData();
	for (const [name, value] of item.fields) body.append(name, value);
	for (const [name, file] of item.files) body.append(name, file, file.name);
	return body;
}

/** A form action's answer, as SvelteKit gives it to a script. */
interface ActionResult {
	type?: string;
	status?: number;
	location?: string;
}

/** Posts the queued form to one of the say form's actions, as the young person it waits for. */
async function post(item: QueuedSend, action: 'send' | 'save'): Promise<ActionResult | null> {
	const body = formBody(item);
	body.set('idempotencyKey', item.key);
	// The server refuses it if the young person signed in now is not the one who wrote it.
	body.set('queuedFor', item.owner);
	const response = await fetch(`/me/say/${encodeURIComponent(item.kind)}?/${action}`, {
		method: 'POST',
		body,
		headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	return (await response.json().catch(() => null)) as ActionResult | null;
}

/**
 * Where the stored statement can be seen; 'refused' if the server will never take it as it is
 * (its answers, or other words sent before under its key); null if it was not accepted now
 * (signed out, someone else signed in, the server busy); 'no_signal'.
 */
async function sendOne(item: QueuedSend): Promise<string | null> {
	let result: ActionResult | null;
	try {
		result = await post(item, 'send');
	} catch {
		return 'no_signal';
	}
	if (result?.type === 'redirect' && result.location) return result.location;
	// A failure is the form given back with what to change; an error (403, 409 "not yours")
	// or a 503 may pass, so it is tried again later.
	if (result?.type === 'failure' && (result.status === 400 || result.status === 409))
		return 'refused';
	return null;
}

/**
 * The refused words kept on the server as the form's unfinished ones: 'kept'; 'refused' if the
 * server will not keep them either (too long even for a draft, a recording it cannot take);
 * null if not now (no signal, signed out), to try again.
 */
async function keepOnForm(item: QueuedSend): Promise<'kept' | 'refused' | null> {
	try {
		const result = await post(item, 'save');
		if (result?.type === 'success') return 'kept';
		return result?.type === 'failure' && result.status === 400 ? 'refused' : null;
	} catch {
		return null;
	}
}
