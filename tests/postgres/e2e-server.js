// The built server on a throwaway PostgreSQL, for the browser journeys run again on PostgreSQL
// (playwright.postgres.config.ts): the cluster starts first, the server seeds the demo
// organisation into it as `npm start` does, and the cluster is removed when the server stops.
import { spawn } from 'node:child_process';
import { startPostgres } from '../../scripts/postgres.js';
import { SERVER_ARGS } from '../../scripts/server-args.js';

const { url, stop } = await startPostgres();
const server = spawn(process.execPath, SERVER_ARGS, {
	env: {
		...process.env,
		DATABASE_URL: url,
		// Several servers on one database share the key that hides where sign-ins came from (ADR 43).
		HEARD_PLACE_KEY: 'a key for the browser journeys only'
	},
	stdio: 'inherit'
});
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT']))
	process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
	stop();
	process.exit(code ?? (signal ? 1 : 0));
});
