// The national figures on PostgreSQL: a throwaway cluster with PostgreSQL's crash-safe settings,
// the generated authorities loaded into it (postgres-load.js), and two built servers sharing the
// national one, as README's "On PostgreSQL, and on several servers" runs Heard. The same
// measures as on SQLite (national.js); the CPU counts both servers and every process of the
// database server, and a server is killed at the end (kill.js).
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { startPostgres } from '../postgres.js';
import { killUnderMix } from './kill.js';
import { startMailCatcher } from './mail.js';
import { PEAK_RATE, measureNational } from './national.js';
import { loadAuthority } from './postgres-load.js';
import { parentOf, processTreeCpuSeconds, startBenchServer } from './server.js';

/**
 * Crash-safe as PostgreSQL ships it (no fsync=off: a commit is on disk when "Sent!" is answered,
 * as SQLite's synchronous=FULL makes it), with the shared buffers a small production server is
 * given, and room in the WAL for ten million rows to load without a checkpoint every few seconds.
 */
const SETTINGS = { shared_buffers: '1GB', max_wal_size: '4GB' };
const PORTS = { national: [4806, 4807], council: 4808 };
/** The kill's load at the peak rate: long enough to cut requests off mid-flight on both sides. */
const KILL_SECONDS = 20;

/** A new database on the cluster, `name`, with the authority generated at `source`. */
async function loadedDatabase(admin, clusterUrl, name, source) {
	await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.unsafe(`CREATE DATABASE ${name}`);
	const url = Object.assign(new URL(clusterUrl), { pathname: `/${name}` }).href;
	const started = performance.now();
	await loadAuthority(source, url, (line) => console.log(`postgres: ${name}: ${line}`));
	console.log(`postgres: loaded ${name} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	return url;
}

/**
 * The PostgreSQL server's main process: the parent of a connection's own. Its CPU is read from
 * /proc, so the server must run on this machine (as the cluster made here does).
 */
async function postmasterOf(admin) {
	const [{ pid }] = await admin`SELECT pg_backend_pid() AS pid`;
	try {
		return parentOf(pid);
	} catch {
		throw new Error('the database server must run on this machine: its CPU is read from /proc');
	}
}

/**
 * Milliseconds for one GROUP BY scan of the statements table, the yardstick baseline.js takes on
 * SQLite. Index scans are off for the session so it stays a scan of the table itself (an index
 * holds `kind`; SQLite's NOT INDEXED does the same). PostgreSQL may share the scan among its
 * parallel workers, as it may the report's own queries.
 */
async function scanMs(url) {
	const sql = postgres(url, { max: 1, onnotice: () => {} });
	try {
		await sql`SET enable_indexscan = off`;
		await sql`SET enable_indexonlyscan = off`;
		await sql`SET enable_bitmapscan = off`;
		const started = performance.now();
		await sql`SELECT kind, count(*) AS n FROM statements GROUP BY kind`;
		return performance.now() - started;
	} finally {
		await sql.end();
	}
}

/**
 * Built servers on one database, one after another (the first finds the migrations applied), as
 * one bench server to national.js: `bases` to spread the load over, the CPU of all of them and
 * of the database server, the larger memory.
 */
async function startServers(url, ports, env, source, postmaster) {
	const servers = [];
	try {
		for (const port of ports) servers.push(await startBenchServer(url, port, env));
	} catch (error) {
		await Promise.all(servers.map((server) => server.stop()));
		throw error;
	}
	return {
		base: servers[0].base,
		bases: servers.map((server) => server.base),
		path: url,
		source,
		servers,
		cpuSeconds: () =>
			servers.reduce((sum, server) => sum + server.cpuSeconds(), 0) +
			processTreeCpuSeconds(postmaster),
		databaseCpuSeconds: () => processTreeCpuSeconds(postmaster),
		rssMegabytes: () => Math.max(...servers.map((server) => server.rssMegabytes())),
		scanMs: () => scanMs(url),
		stop: () => Promise.all(servers.map((server) => server.stop()))
	};
}

/**
 * The national measures on PostgreSQL for the authorities generated at `national` and `council`
 * (the 1M one, for the report ratio); `add` collects the rows. Resolves to what was measured on,
 * for the table's heading.
 */
export async function measureNationalOnPostgres(national, council, seconds, add) {
	const cluster = await startPostgres({ durable: true, settings: SETTINGS });
	const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
	const mail = await startMailCatcher();
	const names = ['heard_bench_national', 'heard_bench_council'];
	let servers;
	try {
		const [{ server_version: version }] = await admin`SHOW server_version`;
		// A server POSTGRES_URL names brings its own settings: its figures would not compare with
		// SQLite's synchronous=FULL if a commit were answered before it is on disk.
		for (const setting of ['fsync', 'synchronous_commit']) {
			const [row] = await admin.unsafe(`SHOW ${setting}`);
			if (row[setting] === 'off') throw new Error(`the bench's PostgreSQL has ${setting}=off`);
		}
		const urls = {
			national: await loadedDatabase(admin, cluster.url, names[0], national),
			council: await loadedDatabase(admin, cluster.url, names[1], council)
		};
		// The load's pages are written out now, not by a checkpoint in the middle of a measure.
		await admin`CHECKPOINT`;
		// Every server sharing a database hashes sign-in places with the same key (ADR 43).
		const env = { HEARD_PLACE_KEY: randomBytes(32).toString('base64') };
		const postmaster = await postmasterOf(admin);
		servers = await startServers(
			urls.national,
			PORTS.national,
			{ ...env, SMTP_URL: mail.url },
			national,
			postmaster
		);
		// The 1M authority's server starts for the reports only, so its database work stays out
		// of the CPU counted for the mix (on SQLite it is a process of its own, not counted).
		const onCouncil = async (measure) => {
			const server = await startBenchServer(urls.council, PORTS.council, env);
			try {
				return await measure(server);
			} finally {
				await server.stop();
			}
		};
		const killSeconds = Math.min(seconds, KILL_SECONDS);
		await measureNational(servers, onCouncil, mail, seconds, add, {
			cpuTarget: 1,
			servers: 'two servers',
			cpuOf: 'two servers and the database server',
			afterwards: (signedIn) =>
				killUnderMix(servers, signedIn, mail, urls.national, PEAK_RATE, killSeconds, add)
		});
		return `PostgreSQL ${version} (fsync on, two servers)`;
	} finally {
		await servers?.stop();
		await mail.stop();
		// Only needed on a server POSTGRES_URL names: a cluster made here goes with its folder.
		for (const name of names)
			await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
		await admin.end();
		cluster.stop();
	}
}
