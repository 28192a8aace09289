/// <reference lib="webworker" />
import { build, files, version } from '$service-worker';
import {
	APP_CACHE_PREFIX,
	KEPT_FOR_HEADER,
	PAGES_CACHE_PREFIX,
	isKeptPage
} from '$lib/offline/kept-pages';
import { offlineNote, offlinePage } from './offline-words';

const APP_CACHE = `${APP_CACHE_PREFIX}${version}`;
const PAGES_OF_VERSION = `${PAGES_CACHE_PREFIX}${version}-`;
const STATIC_FILES = new Set(files.map((file) => `/${file.replace(/^\//, '')}`));

export const isOfVersion = (name: string) =>
	name === APP_CACHE || name.startsWith(PAGES_OF_VERSION);

/** The app's own code, styles and icons: the same for everyone, kept as they are first used. */
export const isAppFile = (url: URL) =>
	url.pathname.startsWith('/_app/immutable/') || STATIC_FILES.has(url.pathname);

export async function fromAppCache(request: Request): Promise<Response> {
	const cache = await caches.open(APP_CACHE);
	const kept = await cache.match(request);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

/** Counts forgettings, so a page fetched before one is never kept after it. */
let forgotten = 0;

/** Every kept page of every young person: after signing out, a quick exit, or another sign-in. */
export async function forgetKeptPages(except?: string): Promise<void> {
	if (!except) forgotten += 1;
	for (const name of await caches.keys())
		if (name.startsWith(PAGES_CACHE_PREFIX) && name !== except) await caches.delete(name);
}

/**
 * A kept page from the server when there is signal (keeping the new copy), else the copy last
 * kept, marked as offline, else a page saying it is not on this phone yet.
 */
export async function keptPageOrOffline(
	event: FetchEvent,
	whenOnline: () => Promise<unknown>
): Promise<Response> {
	const { request } = event;
	const since = forgotten;
	let response: Response;
	try {
		response = await fetch(request);
	} catch {
		const kept = await findKept(request.url);
		return kept ? await markedOffline(kept, request.url) : offlinePage();
	}
	const owner = response.headers.get(KEPT_FOR_HEADER);
	if (owner && response.ok)
		event.waitUntil(keep(owner, request.url, response.clone(), since, true));
	// Sent to sign in: the session has ended, and with it what this phone may keep.
	else if (response.type === 'opaqueredirect' || response.status === 401) await forgetKeptPages();
	event.waitUntil(whenOnline());
	return response;
}

async function findKept(url: string): Promise<Response | undefined> {
	for (const name of await caches.keys()) {
		if (!name.startsWith(PAGES_OF_VERSION)) continue;
		const cache = await caches.open(name);
		const kept = (await cache.match(url)) ?? (await cache.match(url, { ignoreSearch: true }));
		if (kept) return kept;
	}
	return undefined;
}

async function keep(owner: string, url: string, response: Response, since: number, warm: boolean) {
	const name = `${PAGES_OF_VERSION}${owner}`;
	const html = await response.clone().text();
	// Its scripts first: a page kept without them would open offline to nothing.
	if (!(await keepAppFiles(html, url)) || forgotten !== since) return;
	await forgetKeptPages(name);
	const cache = await caches.open(name);
	// Asked again after every wait: a quick exit may have come while the cache was opening.
	if (forgotten !== since) return;
	await cache.put(url, response);
	if (!warm) return;
	// The pages home links to are kept too, so a say form opens offline before it was ever opened.
	for (const linked of addressesIn(html, url, /href="([^"#]+)"/g)) {
		const path = new URL(linked).pathname;
		if (forgotten !== since) return;
		if (!isKeptPage(path) || (await cache.match(linked))) continue;
		try {
			const page = await fetch(linked, { headers: { accept: 'text/html' }, redirect: 'manual' });
			if (page.ok && page.headers.get(KEPT_FOR_HEADER) === owner)
				await keep(owner, linked, page, since, false);
		} catch {
			return;
		}
	}
}

/** This site's addresses in a page (often written relative to it, "../_app/…"). */
function addressesIn(html: string, page: string, ...patterns: RegExp[]): Set<string> {
	const found = new Set<string>();
	for (const pattern of patterns)
		for (const match of html.matchAll(pattern)) {
			const url = new URL(match[1].replaceAll('&amp;', '&'), page);
			if (url.origin === self.location.origin) found.add(url.href);
		}
	return found;
}

/**
 * The scripts and styles a kept page loads, so it opens offline: those it names, the code of
 * its own parts (node_ids in its start script), and everything those import in turn.
 */
async function keepAppFiles(html: string, page: string): Promise<boolean> {
	const wanted = [...addressesIn(html, page, /(?:href|src)="([^"]+)"/g, /import\("([^"]+)"\)/g)];
	const ids = /node_ids: \[([\d, ]+)\]/.exec(html)?.[1].split(',') ?? [];
	for (const id of ids) {
		const node = build.find((file) => file.includes(`/_app/immutable/nodes/${id.trim()}.`));
		if (node) wanted.push(new URL(node, self.location.href).href);
	}
	const seen = new Set<string>();
	for (let file = wanted.pop(); file; file = wanted.pop()) {
		if (seen.has(file) || !isAppFile(new URL(file))) continue;
		seen.add(file);
		try {
			const response = await fromAppCache(new Request(file));
			if (!response.ok) return false;
			if (file.endsWith('.js')) wanted.push(...importsOf(await response.clone().text(), file));
		} catch {
			return false;
		}
	}
	return true;
}

const importsOf = (code: string, file: string) =>
	[...code.matchAll(/(?:from|import)\s*"(\.\.?\/[^"]+\.js)"/g)].map(
		(match) => new URL(match[1], file).href
	);

/**
 * A kept page as it opens offline: a quiet note that there is no signal (outside the part the
 * app's scripts draw), and for a say form a fresh idempotency key, so what is written now is
 * never mistaken for what was sent from the same page before.
 */
async function markedOffline(kept: Response, url: string): Promise<Response> {
	let html = await kept.text();
	const key = /idempotencyKey:"([^"]+)"/.exec(html)?.[1];
	if (key && new URL(url).pathname.startsWith('/me/say/'))
		html = html.replaceAll(key, crypto.randomUUID());
	html = html.replace(/<body([^>]*)>/, (body) => `${body}${offlineNote()}`);
	const headers = new Headers(kept.headers);
	headers.delete('content-length');
	return new Response(html, { status: 200, headers });
}
