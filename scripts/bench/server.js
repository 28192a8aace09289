// The built server on a benchmark database, with its memory and CPU time readable from /proc.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_ARGS } from '../server-args.js';

/** CPU seconds (user + system) a process has used, from /proc: utime and stime, in ticks of 1/100 s. */
function cpuSecondsOf(pid) {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** `flags`: more Node flags before the server's own (a profile, say). */
export async function startBenchServer(path, port, env = {}, flags = []) {
	const child = spawn(process.execPath, [...flags, ...SERVER_ARGS], {
		env: {
			...process.env,
			PORT: String(port),
			DATABASE_URL: path,
			ORIGIN: `http://localhost:${port}`,
			SEED_DEMO: '0',
			...env
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
		cpuSeconds: () => cpuSecondsOf(child.pid),
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
