import type { Tx } from './connection';
import type { PostgresConnection } from './connection-pg';
import { retryingClashes } from '../../../../scripts/postgres-turns.js';

let clashes = 0;

/**
 * How many transactions this server has had to run again since it started. A few are the price
 * of SERIALIZABLE; many mean two writes read what the other writes (a read before an insert on
 * the same index page, say), and a busy moment could run one out of tries.
 */
export const clashesSoFar = () => clashes;

/**
 * Runs `write` as one SERIALIZABLE transaction (ADR 46). SQLite runs Heard's transactions one at
 * a time, so a transaction that reads and then writes ("is this send already stored?") can
 * trust what it read; PostgreSQL runs them side by side, and SERIALIZABLE keeps that promise by
 * refusing whichever of two clashing transactions commits second. The refused one rolled back
 * whole, so it is run again, as a person pressing the button again would, after a short wait.
 */
export async function inPostgresTransaction<T>(
	writer: PostgresConnection,
	write: (tx: Tx) => Promise<T>
): Promise<T> {
	try {
		return await retryingClashes(
			() =>
				writer.transaction((tx) => write(tx as unknown as Tx), { isolationLevel: 'serializable' }),
			codeOf,
			() => void clashes++
		);
	} catch (error) {
		throw databaseError(error);
	}
}

/**
 * drizzle wraps the database's error in its own ("Failed query: …"); the database's is the one
 * that says what happened (the audit log's "append-only", a full disk), as SQLite's errors do.
 */
function databaseError(error: unknown): unknown {
	const cause = (error as { cause?: unknown } | null)?.cause;
	return cause instanceof Error && 'code' in cause ? cause : error;
}

/** The SQLSTATE of a PostgreSQL error, which drizzle may wrap in its own. */
function codeOf(error: unknown): string {
	for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
	}
	return '';
}
