// The council-sized authorities (1M and 100k statements): the figures measured since the
// benchmark began, each a ratio to a yardstick measured in the same run.
import { groupByScanMs, sqliteTransactionsPerSecond } from './baseline.js';
import { BENCH_PASSWORD } from './generate.js';
import {
	concurrently,
	longestHealthWaitWhile,
	median,
	percentile,
	signIn,
	timedGet,
	timedLongGet
} from './http.js';
import { addPageWeights } from './page-weight.js';

export const COUNCIL = { youngPeople: 20_000, workers: 600, teams: 30, statements: 1_000_000 };
export const COUNCIL_TENTH = { youngPeople: 2_000, workers: 60, teams: 3, statements: 100_000 };
export const REPORT = `/lead?period=year&year=${new Date().getFullYear() - 1}`;
const INBOX = '/worker';
// A page with the session, layout and shell of the inbox and next to nothing else.
const SIMPLEST_PAGE = '/worker/notifications';

/**
 * The full-year report on two authorities and the GROUP BY scan of the first, timed in turn
 * (after one untimed report each, or for the national authority, whose report alone takes
 * minutes on a busy machine, one untimed scan) so all three meet the same moments of a noisy
 * machine; the median of each.
 */
export async function reportsAndScanMs(first, second, rounds = 5, warm = 'reports') {
	const lead = {
		first: await signIn(first.base, 'lead@bench.example', BENCH_PASSWORD),
		second: await signIn(second.base, 'lead@bench.example', BENCH_PASSWORD)
	};
	// A scan in the first authority's own engine: PostgreSQL's servers bring theirs
	// (postgres-bench.js); a SQLite file is scanned here.
	const scanMs = first.scanMs ?? (() => groupByScanMs(first.path));
	if (warm === 'reports') await timedLongGet(`${first.base}${REPORT}`, lead.first);
	else await scanMs();
	await timedLongGet(`${second.base}${REPORT}`, lead.second);
	const times = { first: [], second: [], scan: [] };
	for (let i = 0; i < rounds; i += 1) {
		times.first.push(await timedLongGet(`${first.base}${REPORT}`, lead.first));
		times.scan.push(await scanMs());
		times.second.push(await timedLongGet(`${second.base}${REPORT}`, lead.second));
	}
	// One report more, with the health check asked all through it.
	const longestWait = await longestHealthWaitWhile(first.base, () =>
		timedLongGet(`${first.base}${REPORT}`, lead.first)
	);
	return {
		first: median(times.first),
		second: median(times.second),
		scan: median(times.scan),
		longestWait
	};
}

/** A report must not stop the server: the longest the health check waited through one. */
export const longestWaitRow = (over, reports) => [
	`longest /healthz wait while a full-year report over ${over} runs`,
	reports.longestWait / 1000,
	'≤ 1 s',
	reports.longestWait <= 1000,
	`${reports.longestWait.toFixed(0)} ms, during a report of about ${reports.first.toFixed(0)} ms`
];

async function submissionsPerSecond(base) {
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
	return {
		perSecond: sent.filter(Boolean).length / ((performance.now() - started) / 1000),
		youngPerson: youngPeople[0]
	};
}

/** Measures the 1M server (and the 100k one, started by `onSmall`); `add` collects the rows. */
export async function measureCouncil(server, work, onSmall, add) {
	const { base } = server;
	const txPerSecond = sqliteTransactionsPerSecond(work);
	// The ceiling for any request over HTTP on this machine: the cheapest one, at the same concurrency.
	const healthStarted = performance.now();
	const healthy = await concurrently(1600, 16, () =>
		fetch(`${base}/healthz`).then((r) => r.arrayBuffer().then(() => r.ok))
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
	const sent = await submissionsPerSecond(base);
	add(
		'statement submissions/s ÷ SQLite single-row transactions/s',
		sent.perSecond / txPerSecond,
		'≥ 0.5',
		sent.perSecond / txPerSecond >= 0.5,
		`${sent.perSecond.toFixed(0)}/s over HTTP, ${txPerSecond.toFixed(0)}/s in SQLite`
	);

	const worker = await signIn(base, 'worker0@bench.example', BENCH_PASSWORD);
	const inbox = await concurrently(400, 16, () => timedGet(`${base}${INBOX}`, worker));
	const simplest = await concurrently(400, 16, () => timedGet(`${base}${SIMPLEST_PAGE}`, worker));
	const health = await concurrently(400, 16, () => timedGet(`${base}/healthz`));
	const [inboxMs, simplestMs, healthMs] = [inbox, simplest, health].map((t) => percentile(t, 95));
	add(
		`worker inbox p95 ÷ simplest signed-in page (${SIMPLEST_PAGE}) p95 (1M statements, 16 concurrent)`,
		inboxMs / simplestMs,
		'≤ 1.5',
		inboxMs / simplestMs <= 1.5,
		`${inboxMs.toFixed(1)} ms vs ${simplestMs.toFixed(1)} ms`
	);
	add(
		'simplest signed-in page p95 ÷ /healthz p95 (16 concurrent)',
		simplestMs / healthMs,
		'≤ 2',
		simplestMs / healthMs <= 2,
		`${simplestMs.toFixed(1)} ms vs ${healthMs.toFixed(1)} ms`
	);

	// Simple mode is turned on for a young person the submissions did not use.
	const simple = await signIn(base, 'yp116', BENCH_PASSWORD);
	await addPageWeights(add, base, sent.youngPerson, simple);

	const reports = await onSmall((small) => reportsAndScanMs(server, small));
	add(
		'full-year report over 1M ÷ one GROUP BY scan',
		reports.first / reports.scan,
		'≤ 5',
		reports.first / reports.scan <= 5,
		`${reports.first.toFixed(0)} ms vs ${reports.scan.toFixed(0)} ms`
	);
	add(...longestWaitRow('1M', reports));
	const rss = server.rssMegabytes();
	add('server memory (RSS) after the load', rss, '≤ 250 MB', rss <= 250, `${rss.toFixed(0)} MB`);
	const growth = reports.first / reports.second;
	add(
		'report over 1M ÷ report over 100k',
		growth,
		'≤ 12',
		growth <= 12,
		`${reports.first.toFixed(0)} ms vs ${reports.second.toFixed(0)} ms`
	);
}
