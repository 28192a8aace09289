/**
 * The young person's pages that are kept on their phone to open with no signal: home, every
 * say form, My things and what they sent (as last seen), About me, and help. Nothing else is
 * ever kept: staff pages, settings and downloads always come from the server. The server marks
 * a kept page with its owner (KEPT_FOR_HEADER) and the service worker keeps only pages so
 * marked, in a cache for that one young person (docs/adr/0032-installable-offline-app.md).
 */
const KEPT = [
	/^\/me$/,
	/^\/me\/say\/[a-z_]+$/,
	/^\/me\/things(\/[A-Za-z0-9_-]+)?$/,
	/^\/me\/(about|feelings|you-said)$/,
	/^\/help$/
];

export const isKeptPage = (pathname: string) => KEPT.some((pattern) => pattern.test(pathname));

/** Set on a kept page: the young person (their record id) whose phone may keep it. */
export const KEPT_FOR_HEADER = 'x-heard-kept-for';

/** Cache names: pages are per young person; the app's own files belong to nobody. */
export const PAGES_CACHE_PREFIX = 'heard-pages-';
export const APP_CACHE_PREFIX = 'heard-app-';
