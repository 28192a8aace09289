// Starts the built server with safe defaults for the settings of README.md.
// adapter-node assumes https when ORIGIN is unset, which would make every form
// post on http://localhost fail the cross-site check; default it to this port.
import { existsSync } from 'node:fs';

process.env.PORT ||= '3000';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_URL ||= 'data/heard.db';
// 64 KB is far more than the longest statement; larger bodies are refused with 413.
process.env.BODY_SIZE_LIMIT ||= '65536';

if (!existsSync('build/index.js')) {
	console.error('Heard has not been built yet: run `npm start` (it builds first) or `npm run build`.');
	process.exit(1);
}
await import(new URL('../build/index.js', import.meta.url).href);
