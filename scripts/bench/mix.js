// The national mix, offered at a steady rate: one statement sent for every ten pages viewed by
// signed-in young people and workers, each request started on time whether or not earlier
// ones have been answered (so a slow server cannot slow the load down and flatter itself).
import Database from 'better-sqlite3';
import { BENCH_PASSWORD } from './generate.js';
import { baseFor, signIn } from './http.js';

/** One in eleven requests sends a statement; the other ten are pages (1 : 10). */
export const SUBMISSION_EVERY = 11;

/**
 * The people the mix acts as: young people who send and view their pages, and workers who
 * view their inbox and a young person's file. `people` names them in the generated data.
 */
export async function signInMix(base, people) {
	const youngPeople = [];
	for (const username of people.youngPeople)
		youngPeople.push(await signIn(base, username, BENCH_PASSWORD));
	const workers = [];
	for (const { email, youngPersonId } of people.workers)
		workers.push({ cookie: await signIn(base, email, BENCH_PASSWORD), youngPersonId });
	return { youngPeople, workers };
}

/**
 * Forty young people and twenty workers of the generated 100k authority at `source`, each worker
 * with a young person of their own caseload whose file they open: who profile-mix.js and
 * page-cpu.js act as.
 */
export function mixPeopleOfTenth(source) {
	const db = new Database(source, { readonly: true });
	try {
		const caseOf = db.prepare(
			`SELECT a.young_person_id AS id FROM allocations a JOIN users u ON u.id = a.worker_id
			 WHERE u.email = ? AND a.ended_at IS NULL LIMIT 1`
		);
		const range = (from, n) => Array.from({ length: n }, (_, i) => from + i);
		return {
			youngPeople: range(100, 40).map((p) => `yp${p}`),
			workers: range(10, 20).map((w) => ({
				email: `worker${w}@bench.example`,
				youngPersonId: caseOf.get(`worker${w}@bench.example`)?.id
			}))
		};
	} finally {
		db.close();
	}
}

/** The request the mix makes `i`th: a submission, or a young person's or a worker's page. */
export function mixRequest(base, signedIn, i, tag) {
	const view = i % SUBMISSION_EVERY;
	const person = Math.floor(i / SUBMISSION_EVERY);
	if (view === 0) {
		const cookie = signedIn.youngPeople[person % signedIn.youngPeople.length];
		return {
			url: `${base}/me/say/good_news?/send`,
			expect: 303,
			init: {
				method: 'POST',
				headers: {
					origin: base,
					cookie,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				// The picture choice too: a young person under twelve is sent the simple form, which asks it.
				body: new URLSearchParams({
					news_about: 'something_i_did',
					what: `National news ${i}`,
					idempotencyKey: `national-${tag}-${i}`
				})
			}
		};
	}
	const get = (url, cookie) => ({
		url,
		expect: 200,
		init: { headers: { cookie, accept: 'text/html' } }
	});
	if (view % 2 === 1) {
		const cookie = signedIn.youngPeople[(person + view) % signedIn.youngPeople.length];
		return get(`${base}${view % 4 === 1 ? '/me' : '/me/you-said'}`, cookie);
	}
	const worker = signedIn.workers[(person + view) % signedIn.workers.length];
	return get(
		`${base}${view % 4 === 0 ? '/worker' : `/worker/young-people/${worker.youngPersonId}`}`,
		worker.cookie
	);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Offers `rate` requests a second for `seconds`; each request's time runs from when it was due,
 * so waiting to be sent counts. `bases`: one server, or several taken in turn. Resolves to every
 * request's { ms, ok }.
 */
export async function offerMix(bases, signedIn, rate, seconds, tag) {
	const total = Math.round(rate * seconds);
	const started = performance.now();
	const answers = [];
	for (let i = 0; i < total; i += 1) {
		const due = started + (i * 1000) / rate;
		const wait = due - performance.now();
		if (wait > 1) await sleep(wait);
		const { url, init, expect } = mixRequest(baseFor(bases, i), signedIn, i, tag);
		answers.push(
			fetch(url, { ...init, redirect: 'manual' })
				.then(async (response) => {
					await response.arrayBuffer();
					return { ms: performance.now() - due, ok: response.status === expect };
				})
				.catch(() => ({ ms: performance.now() - due, ok: false }))
		);
	}
	return Promise.all(answers);
}
