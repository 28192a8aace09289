import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * One request reads some rows several times: the young person's own record (for the page's
 * language, the layout, the page itself), a setting asked for by two parts of a page, the bank
 * holidays. Each read is a round trip to PostgreSQL, and all of them together were a good part
 * of what a simple page cost (docs/BENCHMARKS.md). So within one request such a read is made
 * once and its answer kept, until the request writes anything (`transaction` forgets them all,
 * so a page drawn after its form is saved reads what was saved). Nothing is kept between
 * requests, so no server ever answers from another's past, however many share the database.
 */
const remembered = new AsyncLocalStorage<Map<string, Promise<unknown>>>();

/** Runs one request with its own reads remembered (hooks.server.ts). */
export function rememberingReads<T>(handle: () => T): T {
	return remembered.run(new Map(), handle);
}

/**
 * `read`, made once per request for each `key`; outside a request (a scheduled job, a command,
 * a test calling a service), made every time. A read that fails is not kept.
 */
export function readOncePerRequest<T>(key: string, read: () => Promise<T>): Promise<T> {
	const reads = remembered.getStore();
	if (!reads) return read();
	const kept = reads.get(key) as Promise<T> | undefined;
	if (kept) return kept;
	const reading = read();
	reads.set(key, reading);
	reading.catch(() => reads.delete(key));
	return reading;
}

/** After a write, every read is made again. */
export function forgetRequestReads(): void {
	remembered.getStore()?.clear();
}

/**
 * Runs `job` with nothing remembered: a background round woken by a request (mail just queued)
 * runs on after it and reads afresh, as a round woken by its timer does.
 */
export function apartFromRequest<T>(job: () => T): T {
	return remembered.exit(job);
}
