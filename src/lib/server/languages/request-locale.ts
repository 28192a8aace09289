import { defineCustomServerStrategy, type Locale } from '$lib/paraglide/runtime.js';
import { paraglideMiddleware } from '$lib/paraglide/server.js';

/**
 * Paraglide's strategy `custom-heard` (vite.config.ts) asks here for a request's language.
 * The hook decides it (the person's stored choice, a cookie, what an admin turned on) before
 * handing the request to Paraglide's middleware, which keeps it for everything the request
 * draws. On the client the same strategy reads <html lang> (hooks.client.ts).
 */
const decided = new WeakMap<Request, Locale>();

defineCustomServerStrategy('custom-heard', {
	getLocale: (request) => (request ? decided.get(request) : undefined)
});

export function drawInLocale(
	request: Request,
	locale: Locale,
	draw: () => Response | Promise<Response>
): Promise<Response> {
	decided.set(request, locale);
	return paraglideMiddleware(request, draw);
}
