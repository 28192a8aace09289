import { m } from '$lib/paraglide/messages.js';
import { NEUTRAL_SITE } from '$lib/quick-exit';
import { OFFLINE_NOTE_CLASS } from '$lib/offline/offline-note';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Put before the part the app's scripts draw, so they never find it in their way. */
export const offlineNote = () =>
	`<p class="${OFFLINE_NOTE_CLASS}" role="status" style="margin:0;padding-block:0.5rem;padding-inline:1rem;background:#eef2f7;text-align:center">${escape(m.offline_note())}</p>`;

/** A young person's page that is not on this phone yet; quick exit still works from it. */
export function offlinePage(): Response {
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><title>${escape(m.offline_page_title())}</title><script src="/quick-exit.js"></script></head><body style="font-family:system-ui,sans-serif;max-inline-size:40rem;margin-inline:auto;padding:1rem"><p><a class="quick-exit" href="${NEUTRAL_SITE}" rel="noreferrer">${escape(m.quick_exit())}</a></p><main id="main"><h1>${escape(m.offline_page_title())}</h1><p>${escape(m.offline_page_body())}</p><p><a href="/me">${escape(m.offline_page_home())}</a></p></main></body></html>`;
	return new Response(html, {
		status: 503,
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'cache-control': 'no-store',
			'content-security-policy':
				"default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'",
			'x-content-type-options': 'nosniff',
			'x-frame-options': 'DENY',
			'referrer-policy': 'same-origin'
		}
	});
}
