// Small HTTP helpers for the benchmark: sign in, time requests, run concurrent loops.
import { request } from 'node:http';

/**
 * Where the `i`th request goes: `bases` is one server's address, or several servers' sharing one
 * database, taken in turn as a load balancer without sticky sessions would.
 */
export const baseFor = (bases, i) => (Array.isArray(bases) ? bases[i % bases.length] : bases);

export async function signIn(base, identifier, password) {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ identifier, password })
	});
	const cookie = response.headers.get('set-cookie')?.split(';')[0];
	if (response.status !== 303 || !cookie)
		throw new Error(`sign-in failed for ${identifier}: ${response.status}`);
	return cookie;
}

export async function timedGet(url, cookie) {
	const started = performance.now();
	const response = await fetch(url, {
		headers: { cookie: cookie ?? '', accept: 'text/html' },
		redirect: 'manual'
	});
	await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
	return performance.now() - started;
}

/** Runs `task(i)` from `concurrency` loops until `total` have run; returns every result. */
export async function concurrently(total, concurrency, task) {
	const results = [];
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < total) results.push(await task(next++));
		})
	);
	return results;
}

export function percentile(values, p) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const median = (values) => percentile(values, 50);

/**
 * The longest `/healthz` took to answer while `work` ran, asked one after another with a tenth
 * of a second between: how long the server stopped answering everyone else, as a load
 * balancer's health check (or a young person's "Sent!") would meet it.
 */
export async function longestHealthWaitWhile(base, work) {
	let running = true;
	const done = work().finally(() => (running = false));
	let longest = 0;
	while (running) {
		const started = performance.now();
		await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
		longest = Math.max(longest, performance.now() - started);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	await done;
	return longest;
}

/**
 * timedGet for a request that may take minutes (a national report on a busy machine): fetch
 * gives up waiting for the answer's headers after 300 s, node:http waits as long as it takes.
 */
export function timedLongGet(url, cookie) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		const asked = request(
			url,
			{ headers: { cookie: cookie ?? '', accept: 'text/html' } },
			(response) => {
				response.resume();
				response.on('end', () =>
					response.statusCode === 200
						? resolve(performance.now() - started)
						: reject(new Error(`${url} answered ${response.statusCode}`))
				);
			}
		);
		asked.on('error', reject);
		asked.end();
	});
}
