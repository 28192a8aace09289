/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Heard's service worker (docs/adr/0032-installable-offline-app.md): the young person's own
// pages open with no signal, what they wrote offline is sent when the signal comes back, and
// nothing personal stays on the phone after signing out or a quick exit. Staff pages, and every
// request that is not a kept page or one of the app's own files, pass by untouched.
import { isKeptPage } from '$lib/offline/kept-pages';
import { forgetKeptPages, fromAppCache, isAppFile, isOfVersion, keptPageOrOffline } from './pages';
import { openFromNotification, showPush, stopPush } from './push';
import { sendQueued } from './send';

const worker = self as unknown as ServiceWorkerGlobalScope;

worker.addEventListener('install', () => worker.skipWaiting());

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// Kept pages name the app files of the version that drew them: a new version starts afresh.
			for (const name of await caches.keys()) if (!isOfVersion(name)) await caches.delete(name);
			await worker.clients.claim();
			await sendQueued(worker);
		})()
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (request.method === 'POST' && url.pathname === '/logout') {
		// Sending first: something waiting to send must not be lost by signing out.
		event.respondWith(
			sendQueued(worker)
				.then(() => stopPush(worker))
				.then(forgetKeptPages)
				.then(() => fetch(request))
		);
		return;
	}
	if (request.method !== 'GET') return;
	if (isAppFile(url)) event.respondWith(fromAppCache(request));
	else if (request.mode === 'navigate' && isYoungPersonsPage(url.pathname))
		event.respondWith(keptPageOrOffline(event, () => sendQueued(worker)));
});

/** Kept pages, and the young person's others: those say, offline, that they are not kept. */
const isYoungPersonsPage = (path: string) => isKeptPage(path) || path.startsWith('/me/');

worker.addEventListener('message', (event) => {
	// From the quick-exit script: someone may be looking at the phone.
	if (event.data === 'forget') event.waitUntil(Promise.all([forgetKeptPages(), stopPush(worker)]));
	// From the say form: the signal is back, or something has just been queued.
	if (event.data === 'send') event.waitUntil(sendQueued(worker));
});

// Background Sync, where the browser has it: sends even if Heard is closed. Failing while
// something still waits is what makes the browser try again later, on its own schedule.
worker.addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag: string };
	if (sync.tag !== 'heard-send') return;
	const sent = sendQueued(worker).then((done) => {
		if (!done) throw new Error('Something still waits to send.');
	});
	sync.waitUntil(sent);
});

// Notifications the young person (or a member of staff) turned on in their settings.
worker.addEventListener('push', (event) => event.waitUntil(showPush(worker, event)));
worker.addEventListener('notificationclick', (event) =>
	event.waitUntil(openFromNotification(worker, event.notification))
);
