// A PostgreSQL for `npm run test:postgres` (ADR 45) and `npm run bench`: the server POSTGRES_URL
// names, or else a throwaway cluster made for the run in a temporary folder and removed afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The folder holding `initdb` and `pg_ctl`: on the PATH, or Debian's
 * /usr/lib/postgresql/<version>/bin (the newest), which Debian leaves off the PATH.
 * @returns {string | undefined}
 */
export function postgresBin() {
	for (const dir of (process.env.PATH ?? '').split(':')) {
		if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
	}
	const debian = '/usr/lib/postgresql';
	if (!existsSync(debian)) return undefined;
	const versions = readdirSync(debian)
		.filter((version) => existsSync(join(debian, version, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions[0] === undefined ? undefined : join(debian, versions[0], 'bin');
}

/** @returns {Promise<number>} a TCP port nothing listens on just now */
function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

/**
 * A running PostgreSQL and how to stop it: `POSTGRES_URL` as it is (stop does nothing), or a new
 * cluster on a free port, with its socket in its own temporary folder. PostgreSQL refuses to run
 * as root, so as root the cluster belongs to the `postgres` user and runs as it.
 *
 * `durable` keeps PostgreSQL's own crash-safe defaults (fsync, synchronous commit, full page
 * writes), as a benchmark must: a commit is on disk when it is answered, as SQLite's
 * `synchronous=FULL` makes it. Without it the tests run at memory speed. `settings` are more
 * server settings (`-c name=value`).
 * @param {{ durable?: boolean, settings?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
export async function startPostgres({ durable = false, settings = {} } = {}) {
	if (process.env.POSTGRES_URL) return { url: process.env.POSTGRES_URL, stop: () => {} };
	const bin = postgresBin();
	if (!bin) {
		throw new Error(
			'PostgreSQL is not installed: set POSTGRES_URL, or install it (apt-get install postgresql)'
		);
	}
	const root = process.getuid?.() === 0;
	const dir = mkdtempSync(join(tmpdir(), 'heard-postgres-'));
	const data = join(dir, 'data');
	/** @param {string} program @param {string[]} args */
	const run = (program, args) => {
		const command = join(bin, program);
		execFileSync(
			root ? 'runuser' : command,
			root ? ['-u', 'postgres', '--', command, ...args] : args,
			{ stdio: 'pipe', cwd: dir }
		);
	};
	if (root) execFileSync('chown', ['postgres:postgres', dir]);
	let started = false;
	const stop = () => {
		process.off('exit', stop);
		try {
			if (started) run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
		} finally {
			started = false;
			rmSync(dir, { recursive: true, force: true });
		}
	};
	// A run that exits before it stops the server (an uncaught error) still leaves none behind.
	process.once('exit', stop);
	try {
		run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '-N']);
		const port = await freePort();
		// Nothing the tests write needs to survive a crash: no fsync, so they run at memory speed.
		const fast = ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'];
		const options = [
			`-p ${port}`,
			`-k '${dir}'`,
			"-c listen_addresses='127.0.0.1'",
			...(durable ? [] : fast),
			...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`)
		].join(' ');
		run('pg_ctl', ['start', '-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options]);
		started = true;
		return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop };
	} catch (error) {
		// The server's own words say why it would not start; they go with the folder.
		const log = join(dir, 'log');
		const why = existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
		stop();
		throw new Error(`PostgreSQL did not start: ${String(error)}${why}`, { cause: error });
	}
}
