// Starts the built server with safe defaults for the settings of README.md.
// adapter-node assumes https when ORIGIN is unset, which would make every form
// post on http://localhost fail the cross-site check; default it to this port.
import { existsSync } from 'node:fs';
import { securityHeaders } from './security-headers.js';

process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_URL ||= 'data/heard.db';
// Room for the say form's voice notes (ADR 37). Every other form is held to 64 KB by the
// hooks (lib/server/form-posts.ts), which answer a larger body with 413.
process.env.BODY_SIZE_LIMIT ||= String(21 * 1024 * 1024);

if (!existsSync('build/index.js')) {
	console.error(
		'Heard has not been built yet: run `npm start` (it builds first) or `npm run build`.'
	);
	process.exit(1);
}
const { server } = await import(new URL('../build/index.js', import.meta.url).href);

// adapter-node serves static files (/_app/immutable/*, /quick-exit.js, /robots.txt…) before
// the hooks run, so they would go out without the security headers. Set them on every
// response before anything else answers it; the hooks set the same ones again for pages.
// Added to adapter-node's own server, so its graceful stop and timeouts stay as they are.
// No request can arrive before this line: the server only starts accepting once this tick ends.
const headers = Object.entries(securityHeaders(process.env.ORIGIN.startsWith('https:')));
server.server.prependListener(
	'request',
	(/** @type {unknown} */ _request, /** @type {import('node:http').ServerResponse} */ response) => {
		for (const [name, value] of headers) response.setHeader(name, value);
	}
);
