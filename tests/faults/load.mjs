// Load for the fault tests: many submissions at once, and what the database kept.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { sendGoodNews } from './server.mjs';

export function rowsFor(database, keys) {
	const db = new Database(database, { readonly: true });
	try {
		const count = db.prepare('SELECT count(*) AS n FROM statements WHERE idempotency_key = ?');
		const integrity = db.pragma('integrity_check', { simple: true });
		return { counts: keys.map((key) => count.get(key).n), integrity };
	} finally {
		db.close();
	}
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
