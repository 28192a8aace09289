// What each page of the national mix costs in CPU, one request at a time, on the 100k authority:
// `node scripts/bench/page-cpu.js [sqlite|postgres] [requests]` after `npm run build`. The
// server's CPU (and, on PostgreSQL, the database server's) from /proc, before and after each
// request; a first round warms the pages up and is not counted. For finding what a page pays,
// beside profile-mix.js; the figures BENCHMARKS.md keeps come from `npm run bench`.
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { startPostgres } from '../postgres.js';
import { COUNCIL_TENTH } from './council.js';
import { benchDataPath, generateAuthority } from './generate.js';
import { SUBMISSION_EVERY, mixPeopleOfTenth, mixRequest, signInMix } from './mix.js';
import { loadAuthority } from './postgres-load.js';
import { parentOf, processTreeCpuSeconds, startBenchServer } from './server.js';

const engine = process.argv[2] ?? 'sqlite';
const count = Number(process.argv[3] ?? 330);
const source = await generateAuthority(benchDataPath('100k'), COUNCIL_TENTH);
const people = mixPeopleOfTenth(source);

const work = mkdtempSync(join(tmpdir(), 'heard-page-cpu-'));
let cluster;
let databaseCpu = () => 0;
let server;
if (engine === 'postgres') {
	cluster = await startPostgres({ durable: true, settings: { shared_buffers: '1GB' } });
	const admin = postgres(cluster.url, { max: 1, onnotice: () => {} });
	await admin.unsafe('CREATE DATABASE heard_page_cpu');
	const url = Object.assign(new URL(cluster.url), { pathname: '/heard_page_cpu' }).href;
	await loadAuthority(source, url);
	const [{ pid }] = await admin`SELECT pg_backend_pid() AS pid`;
	const postmaster = parentOf(pid);
	await admin.end();
	databaseCpu = () => processTreeCpuSeconds(postmaster);
	server = await startBenchServer(url, 4841, {
		HEARD_PLACE_KEY: randomBytes(32).toString('base64')
	});
} else {
	const path = join(work, 'heard.db');
	copyFileSync(source, path);
	server = await startBenchServer(path, 4841);
}

const signedIn = await signInMix(server.base, people);
const pages = {};
for (const counted of [false, true]) {
	for (let i = 0; i < SUBMISSION_EVERY * Math.ceil(count / SUBMISSION_EVERY); i += 1) {
		const { url, init, expect } = mixRequest(
			server.base,
			signedIn,
			i,
			`cpu-${counted}-${Date.now()}`
		);
		const page = url.slice(server.base.length).replace(/young-people\/.*/, 'young-people/[id]');
		const [serverBefore, databaseBefore] = [server.cpuSeconds(), databaseCpu()];
		const response = await fetch(url, { ...init, redirect: 'manual' });
		await response.arrayBuffer();
		if (response.status !== expect) throw new Error(`${page} answered ${response.status}`);
		if (counted)
			(pages[page] ??= []).push([
				server.cpuSeconds() - serverBefore,
				databaseCpu() - databaseBefore
			]);
	}
}
await server.stop();
cluster?.stop();
rmSync(work, { recursive: true, force: true });

const ms = (seconds, n) => ((seconds * 1000) / n).toFixed(2);
let all = [0, 0, 0];
for (const [page, costs] of Object.entries(pages)) {
	const [own, database] = costs.reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
	all = [all[0] + own, all[1] + database, all[2] + costs.length];
	console.log(
		`${page.padEnd(28)} server ${ms(own, costs.length)} ms, database ${ms(database, costs.length)} ms (${costs.length})`
	);
}
console.log(
	`the mix: server ${ms(all[0], all[2])} ms, database ${ms(all[1], all[2])} ms a request`
);
