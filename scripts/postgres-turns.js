// How Heard's servers and commands take turns on one PostgreSQL database (ADR 46), in one place
// for the app (db/connection-pg.ts, db/transaction-pg.ts) and `npm run admin:create`, which
// cannot import the app's TypeScript.

/** The advisory lock whoever migrates holds, so a migration is never applied twice at once. */
export const MIGRATING_LOCK = 4_716_001;

/** PostgreSQL's codes for "run it again": a serialization failure and a deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

/** How often a transaction that lost a race with another is run in all before giving up. */
const ATTEMPTS = 8;

/**
 * Runs `attempt`, and again after a short random wait while it fails with a code for "run it
 * again" (`codeOf` finds the code in what was thrown), up to ATTEMPTS times in all. A transaction
 * refused for a clash rolled back whole, so running it again is what pressing the button again
 * would do. `onClash` hears of each clash that is run again.
 * @template T
 * @param {() => Promise<T>} attempt
 * @param {(error: unknown) => string} [codeOf]
 * @param {() => void} [onClash]
 * @returns {Promise<T>}
 */
export async function retryingClashes(attempt, codeOf = codeOfError, onClash = () => {}) {
	for (let tries = 1; ; tries++) {
		try {
			return await attempt();
		} catch (error) {
			if (tries >= ATTEMPTS || !RETRYABLE.has(codeOf(error))) throw error;
			onClash();
			await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * 2 ** tries));
		}
	}
}

/** @param {unknown} error */
function codeOfError(error) {
	const code = /** @type {{ code?: unknown } | null} */ (error)?.code;
	return typeof code === 'string' ? code : '';
}

/**
 * Runs `work` while holding the migration lock on a connection of its own from `sql`.
 * @template T
 * @param {import('postgres').Sql} sql
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
export async function holdingMigrationLock(sql, work) {
	const session = await sql.reserve();
	try {
		await session`SELECT pg_advisory_lock(${MIGRATING_LOCK})`;
		return await work();
	} finally {
		await session`SELECT pg_advisory_unlock(${MIGRATING_LOCK})`.catch(() => undefined);
		session.release();
	}
}
