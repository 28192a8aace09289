// The built server on a benchmark database, with its memory readable from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_ARGS } from '../server-args.js';

export async function startBenchServer(path, port) {
	const child = spawn(process.execPath, SERVER_ARGS, {
		env: {
			...process.env,
			PORT: String(port),
			DATABASE_URL: path,
			ORIGIN: `http://localhost:${port}`,
			SEED_DEMO: '0'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://localhost:${port}`;
	for (let i = 0; i < 600; i += 1) {
		try {
			if ((await fetch(`${base}/healthz`)).ok) break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		base,
		path,
		rssMegabytes: () =>
			Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) /
			1024,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}
