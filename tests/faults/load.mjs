// Load for the fault tests: many submissions at once, and what the database kept.
import { randomUUID } from 'node:crypto';
import { integrityOf, rowsOf } from './database.mjs';
import { sendGoodNews } from './server.mjs';

/** How many statements the database holds for each key, in order, and whether it is sound. */
export async function rowsFor(database, keys) {
	const rows = await rowsOf(
		database,
		'SELECT idempotency_key AS key, count(*) AS n FROM statements GROUP BY idempotency_key'
	);
	const stored = new Map(rows.map((row) => [row.key, Number(row.n)]));
	return {
		counts: keys.map((key) => stored.get(key) ?? 0),
		integrity: await integrityOf(database)
	};
}

/**
 * Sends `total` statements, `concurrency` at a time, calling `midway` once `trigger` have been
 * answered. `base` may be several servers' addresses: the statements go to each in turn.
 */
export async function sendMany(base, cookies, { total, concurrency, trigger, midway }) {
	const bases = [base].flat();
	const results = [];
	let next = 0;
	let answered = 0;
	const worker = async () => {
		while (next < total) {
			const i = next++;
			const key = randomUUID();
			const to = bases[i % bases.length];
			const outcome = await sendGoodNews(to, cookies[i % cookies.length], key, `Statement ${i}`);
			results.push({ key, outcome });
			if (++answered === trigger) midway();
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return results;
}
