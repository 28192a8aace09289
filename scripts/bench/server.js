// The built server on a benchmark database, with its memory and CPU time readable from /proc.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { SERVER_ARGS } from '../server-args.js';

/**
 * The fields of /proc/<pid>/stat after the command name (which may hold spaces): the parent is
 * [1]; utime [11] and stime [12] are the process's own CPU, cutime [13] and cstime [14] that of
 * its children it has reaped; all in ticks of 1/100 s.
 */
function statOf(pid) {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
}

/** CPU seconds (user + system) a process has used, from /proc: utime and stime, in ticks of 1/100 s. */
function cpuSecondsOf(pid) {
	const fields = statOf(pid);
	return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * CPU seconds a process and all it started have used: PostgreSQL is a postmaster with one child
 * process a connection and one a background worker (checkpointer, WAL writer, autovacuum, a
 * parallel query's workers). A child that has ended is in the postmaster's cutime and cstime.
 */
export function processTreeCpuSeconds(pid) {
	let ticks = 0;
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		let fields;
		try {
			fields = statOf(entry);
		} catch {
			continue; // ended while the list was read
		}
		if (entry === String(pid) || fields[1] === String(pid))
			ticks += fields.slice(11, 15).reduce((sum, n) => sum + Number(n), 0);
	}
	return ticks / 100;
}

/** The process that started `pid` (PostgreSQL's postmaster, for one of its connections). */
export const parentOf = (pid) => Number(statOf(pid)[1]);

/**
 * `database`: a SQLite file, or a `postgres://` address (then `env` must hold HEARD_PLACE_KEY).
 * `flags`: more Node flags before the server's own (a profile, say).
 */
export async function startBenchServer(database, port, env = {}, flags = []) {
	const child = spawn(process.execPath, [...flags, ...SERVER_ARGS], {
		env: {
			...process.env,
			PORT: String(port),
			DATABASE_URL: database,
			ORIGIN: `http://localhost:${port}`,
			SEED_DEMO: '0',
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const base = `http://localhost:${port}`;
	const ended = () => child.exitCode !== null || child.signalCode !== null;
	// A large file or a busy machine can make a start slow; one that never answers is an error
	// here, not a row of failed requests later.
	const until = performance.now() + 180_000;
	let healthy = false;
	while (!healthy && !ended() && performance.now() < until) {
		healthy = await fetch(`${base}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (!healthy) await new Promise((r) => setTimeout(r, 100));
	}
	if (!healthy) {
		child.kill('SIGKILL');
		throw new Error(`the server on port ${port} did not become healthy (${database})`);
	}
	return {
		base,
		path: database,
		cpuSeconds: () => cpuSecondsOf(child.pid),
		rssMegabytes: () =>
			Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) /
			1024,
		/** Killed as a machine's failure kills it: no shutdown, nothing flushed. */
		kill: () => child.kill('SIGKILL'),
		stop: () =>
			new Promise((resolve) => {
				if (ended()) return resolve(undefined);
				child.once('exit', resolve);
				child.kill('SIGTERM');
			})
	};
}
