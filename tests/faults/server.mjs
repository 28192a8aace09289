// Starts the built server as a real child process, on its own port and database,
// and speaks to it over HTTP as a browser would.
import { spawn } from 'node:child_process';
import { signIn as signInOverHttp } from '../../scripts/bench/http.js';
import { SERVER_ARGS } from '../../scripts/server-args.js';
import { settingsFor } from './database.mjs';

/** `env`: more settings for the server (a mail server's address, say). */
export async function startServer({ port, database, env = {} }) {
	const child = spawn(process.execPath, SERVER_ARGS, {
		env: {
			...process.env,
			PORT: String(port),
			DATABASE_URL: database,
			ORIGIN: `http://localhost:${port}`,
			...settingsFor(database),
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://localhost:${port}`;
	for (let i = 0; i < 200; i += 1) {
		try {
			if ((await fetch(`${base}/healthz`)).ok) return { child, base };
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	child.kill('SIGKILL');
	throw new Error('server did not start');
}

export function stopped(child) {
	return new Promise((resolve) =>
		child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve)
	);
}

/** Signs in through the real form with the demo password, as the benchmark does with its own. */
export const signIn = (base, identifier, password = 'heard-demo-2026') =>
	signInOverHttp(base, identifier, password);

/**
 * Sends "good news" as a form post. Resolves to 'acknowledged', another status,
 * 'refused' (nothing was listening) or 'cut off' (the connection broke mid-request).
 */
export async function sendGoodNews(base, cookie, idempotencyKey, what) {
	try {
		const response = await fetch(`${base}/me/say/good_news?/send`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: base,
				cookie,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ idempotencyKey, what })
		});
		await response.arrayBuffer();
		return response.status === 303 && response.headers.get('location')?.startsWith('/me/things/')
			? 'acknowledged'
			: String(response.status);
	} catch (error) {
		const code = error?.cause?.code ?? error?.cause?.cause?.code;
		return code === 'ECONNREFUSED' ? 'refused' : 'cut off';
	}
}

/** Starts the built server with `env` and resolves when it exits (killed after 30 s): its code and words. */
export function startAndWaitForExit(env) {
	const child = spawn(process.execPath, SERVER_ARGS, {
		env: { ...process.env, PORT: '4605', ORIGIN: 'http://localhost:4605', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
	return new Promise((resolve) =>
		child.once('exit', (code) => {
			clearTimeout(killer);
			resolve({ code, output });
		})
	);
}
