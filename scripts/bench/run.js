// `npm run bench`: a synthetic large authority, the built server on it, and one
// table of ratios measured in this run on this machine (see docs/BENCHMARKS.md).
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { groupByScanMs, sqliteTransactionsPerSecond } from './baseline.js';
import { BENCH_PASSWORD, generateAuthority } from './generate.js';
import { concurrently, firstLoadWeight, median, percentile, signIn, timedGet } from './http.js';
import { startBenchServer } from './server.js';
import { writeReport } from './report.js';

const LARGE = { youngPeople: 20_000, workers: 600, teams: 30, statements: 1_000_000 };
const SMALL = { youngPeople: 2_000, workers: 60, teams: 3, statements: 100_000 };
const INBOX = '/worker';
// A page with the session, layout and shell of the inbox and next to nothing else.
const SIMPLEST_PAGE = '/worker/notifications';
const REPORT = `/lead?period=year&year=${new Date().getFullYear() - 1}`;

if (!existsSync('build/index.js')) {
	console.error('Build first: npm run build');
	process.exit(1);
}
// Regenerate when the migrations or the generator change.
const GENERATOR_VERSION = 4;
const version = `${readFileSync('drizzle/meta/_journal.json', 'utf8').length}-${GENERATOR_VERSION}`;
const large = await generateAuthority(`.bench-data/authority-1m-${version}.db`, LARGE);
const small = await generateAuthority(`.bench-data/authority-100k-${version}.db`, SMALL);
const work = mkdtempSync(join(tmpdir(), 'heard-bench-'));

async function onCopyOf(source, port, measure) {
	const path = join(work, `run-${port}.db`);
	copyFileSync(source, path);
	const server = await startBenchServer(path, port);
	try {
		return await measure(server.base, server);
	} finally {
		await server.stop();
	}
}

/**
 * The full-year report on both authorities and the GROUP BY scan they are compared with,
 * timed in turn (after one untimed report each) so all three meet the same moments of a
 * noisy machine; the median of each.
 */
async function reportsAndScanMs(large, small) {
	const lead = {
		large: await signIn(large.base, 'lead@bench.example', BENCH_PASSWORD),
		small: await signIn(small.base, 'lead@bench.example', BENCH_PASSWORD)
	};
	await timedGet(`${large.base}${REPORT}`, lead.large);
	await timedGet(`${small.base}${REPORT}`, lead.small);
	const times = { large: [], small: [], scan: [] };
	for (let i = 0; i < 5; i += 1) {
		times.large.push(await timedGet(`${large.base}${REPORT}`, lead.large));
		times.scan.push(groupByScanMs(large.path));
		times.small.push(await timedGet(`${small.base}${REPORT}`, lead.small));
	}
	return { large: median(times.large), small: median(times.small), scan: median(times.scan) };
}

const rows = [];
const add = (figure, value, target, pass, detail) =>
	rows.push({ figure, value, target, pass, detail });

const txPerSecond = sqliteTransactionsPerSecond(work);
await onCopyOf(large, 4801, async (base, server) => {
	// The ceiling for any request over HTTP on this machine: the cheapest one, at the same concurrency.
	const healthStarted = performance.now();
	const healthy = await concurrently(
		1600,
		16,
		async () => await fetch(`${base}/healthz`).then((r) => r.arrayBuffer().then(() => r.ok))
	);
	const healthPerSecond =
		healthy.filter(Boolean).length / ((performance.now() - healthStarted) / 1000);
	add(
		'reference: /healthz requests/s ÷ SQLite single-row transactions/s',
		healthPerSecond / txPerSecond,
		'—',
		null,
		`${healthPerSecond.toFixed(0)}/s over HTTP: no request can be answered faster here`
	);

	const youngPeople = await Promise.all(
		Array.from({ length: 16 }, (_, i) => signIn(base, `yp${100 + i}`, BENCH_PASSWORD))
	);
	const started = performance.now();
	const sent = await concurrently(1600, 16, async (i) => {
		const response = await fetch(`${base}/me/say/good_news?/send`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: base,
				cookie: youngPeople[i % 16],
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({
				what: `Benchmark news ${i}`,
				idempotencyKey: `bench-${i}-${started}`
			})
		});
		await response.arrayBuffer();
		return response.status === 303;
	});
	const perSecond = sent.filter(Boolean).length / ((performance.now() - started) / 1000);
	add(
		'statement submissions/s ÷ SQLite single-row transactions/s',
		perSecond / txPerSecond,
		'≥ 0.5',
		perSecond / txPerSecond >= 0.5,
		`${perSecond.toFixed(0)}/s over HTTP, ${txPerSecond.toFixed(0)}/s in SQLite`
	);

	const worker = await signIn(base, 'worker0@bench.example', BENCH_PASSWORD);
	const inbox = await concurrently(400, 16, () => timedGet(`${base}${INBOX}`, worker));
	const simplest = await concurrently(400, 16, () => timedGet(`${base}${SIMPLEST_PAGE}`, worker));
	const health = await concurrently(400, 16, () => timedGet(`${base}/healthz`));
	const ratio = percentile(inbox, 95) / percentile(health, 95);
	add(
		'worker inbox p95 ÷ /healthz p95 (1M statements, 16 concurrent)',
		ratio,
		'≤ 3',
		ratio <= 3,
		`${percentile(inbox, 95).toFixed(1)} ms vs ${percentile(health, 95).toFixed(1)} ms`
	);
	add(
		`reference: simplest signed-in page (${SIMPLEST_PAGE}) p95 ÷ /healthz p95`,
		percentile(simplest, 95) / percentile(health, 95),
		'—',
		null,
		`${percentile(simplest, 95).toFixed(1)} ms: the floor for any page`
	);

	const weight = await firstLoadWeight(base, '/me', youngPeople[0]);
	add(
		"JavaScript on a young person's first page (gzip)",
		weight.js / 1024,
		'≤ 40 KB',
		weight.js <= 40 * 1024,
		`${weight.js} bytes`
	);
	add(
		"everything for a young person's home, first load (gzip)",
		weight.total / 1024,
		'≤ 120 KB',
		weight.total <= 120 * 1024,
		`${weight.total} bytes`
	);

	const reports = await onCopyOf(small, 4802, (_, smallServer) =>
		reportsAndScanMs(server, smallServer)
	);
	add(
		'full-year report over 1M ÷ one GROUP BY scan',
		reports.large / reports.scan,
		'≤ 5',
		reports.large / reports.scan <= 5,
		`${reports.large.toFixed(0)} ms vs ${reports.scan.toFixed(0)} ms`
	);
	const rss = server.rssMegabytes();
	add('server memory (RSS) after the load', rss, '≤ 250 MB', rss <= 250, `${rss.toFixed(0)} MB`);
	const growth = reports.large / reports.small;
	add(
		'report over 1M ÷ report over 100k',
		growth,
		'≤ 12',
		growth <= 12,
		`${reports.large.toFixed(0)} ms vs ${reports.small.toFixed(0)} ms`
	);
});
rmSync(work, { recursive: true, force: true });
writeReport(rows);
