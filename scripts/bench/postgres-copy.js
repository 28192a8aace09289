// Rows streamed into PostgreSQL with COPY in text format, for the bench's load of a generated
// authority (postgres-load.js): each SQLite value written as its PostgreSQL column reads it.
import { pipeline } from 'node:stream/promises';

/** @typedef {(value: unknown) => string} Encoder */

/** @type {Record<string, string>} */
const ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
/** A value in COPY's text format: backslash, tab and line ends escaped. */
const text = (/** @type {unknown} */ value) =>
	String(value).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);

/**
 * How a value SQLite holds is written for a PostgreSQL column of `type`: milliseconds become a
 * `timestamptz`, 0/1 a boolean, a blob `bytea` in hex. Integers and JSON text are the same text
 * in both (jsonb parses it).
 * @param {string} type the column's `information_schema` data type
 * @returns {Encoder}
 */
export function encoderFor(type) {
	if (type === 'timestamp with time zone')
		return (v) => (typeof v === 'number' ? new Date(v).toISOString() : text(v));
	if (type === 'boolean') return (v) => (v ? 't' : 'f');
	// `\x` and hex is bytea's own input; the backslash itself is escaped for COPY.
	if (type === 'bytea')
		return (v) => `\\\\x${Buffer.from(/** @type {Buffer} */ (v)).toString('hex')}`;
	return text;
}

/**
 * One COPY text line a row; `\N` is NULL.
 * @param {Iterable<unknown[]>} rows
 * @param {Encoder[]} encoders
 * @param {{ n: number }} counted
 */
function* linesOf(rows, encoders, counted) {
	let chunk = '';
	for (const row of rows) {
		for (let i = 0; i < row.length; i += 1) {
			const value = row[i];
			const encode = /** @type {Encoder} */ (encoders[i]);
			chunk += (i ? '\t' : '') + (value === null ? '\\N' : encode(value));
		}
		chunk += '\n';
		counted.n += 1;
		// About a megabyte a write: few enough writes to be cheap, small enough to stream.
		if (chunk.length > 1 << 20) {
			yield chunk;
			chunk = '';
		}
	}
	if (chunk) yield chunk;
}

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * COPYs `rows` into `table`'s columns `names` (quoted, comma separated) on the session `tx`, in
 * the transaction that emptied the table (FREEZE: the rows are written already visible to all,
 * with no later pass to mark them). Resolves to the rows copied.
 *
 * postgres.js never settles a COPY the server refused (porsager/postgres#1173: the writable waits
 * for a CommandComplete that never comes), so `watcher`, a second session, looks at this one's
 * backend each second: one left in an aborted transaction means the COPY failed.
 * @param {import('postgres').TransactionSql} tx
 * @param {import('postgres').Sql} watcher
 * @param {string} table
 * @param {string} names
 * @param {Iterable<unknown[]>} rows
 * @param {Encoder[]} encoders
 * @returns {Promise<number>}
 */
export async function copyRows(tx, watcher, table, names, rows, encoders) {
	const [{ pid }] = /** @type {[{ pid: number }]} */ (await tx`SELECT pg_backend_pid() AS pid`);
	const counted = { n: 0 };
	const copy = await tx.unsafe(`COPY "${table}" (${names}) FROM STDIN WITH (FREEZE)`).writable();
	let watching = true;
	const refused = (async () => {
		while (watching) {
			await sleep(1000);
			const [row] = await watcher`SELECT state FROM pg_stat_activity WHERE pid = ${pid}`;
			if (watching && row?.state === 'idle in transaction (aborted)')
				throw new Error(`PostgreSQL refused the rows of ${table}: its log says why`);
		}
	})();
	try {
		await Promise.race([pipeline(linesOf(rows, encoders, counted), copy), refused]);
	} finally {
		watching = false;
	}
	return counted.n;
}
