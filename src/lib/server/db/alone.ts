import { postgresWriter, transaction, type Tx } from '.';
import { apartFromRequest } from './request-reads';

/** The jobs running in this process just now. */
const runningHere = new Set<string>();

/** One write statement, built but not yet run (a drizzle update or insert). */
type OneWrite = PromiseLike<unknown> & { toSQL(): { sql: string; params: unknown[] } };

/**
 * Stores one statement straight away: on PostgreSQL on the job's own session, on SQLite as a
 * transaction in turn. A job marks what it has done outside with it (an email the mail server
 * accepted): marked through the writing pool, that mark could wait seconds behind a busy
 * moment's transactions, and a server killed meanwhile would leave the email to be sent again.
 */
export type WriteAtOnce = (build: (tx: Tx) => OneWrite) => Promise<void>;

/** A statement as PostgreSQL is sent it, for another connection to run (the mail thread's). */
export type StatementText = { sql: string; params: unknown[] };

/** The text of one write statement, as the writing pool would send it (PostgreSQL only). */
export function statementText(build: (tx: Tx) => OneWrite): StatementText {
	const writer = postgresWriter();
	if (!writer) throw new Error('Only a PostgreSQL statement can be run by another connection.');
	return build(writer as unknown as Tx).toSQL();
}

/** Outside a job, or on SQLite: the statement is its own transaction, in turn with the others. */
export const writeInTurn: WriteAtOnce = (build) =>
	transaction(async (tx) => void (await build(tx)));

/**
 * Runs a background job (delivering the mail outbox, escalating, retention) unless it is running
 * already, here or on another server, and says whether it ran. Several servers share one
 * PostgreSQL database, and each has the same timers: without this, two would send the same due
 * mail. On PostgreSQL the job holds an advisory lock on a session of its own while it runs;
 * a server killed mid-job loses its session and, with it, the lock, so the next round anywhere
 * takes the job up. One SQLite file has one server, so there the check is this process alone.
 */
export function runAlone(
	job: string,
	task: (writeAtOnce: WriteAtOnce) => Promise<unknown>
): Promise<boolean> {
	return apartFromRequest(() => runJobAlone(job, task));
}

async function runJobAlone(
	job: string,
	task: (writeAtOnce: WriteAtOnce) => Promise<unknown>
): Promise<boolean> {
	if (runningHere.has(job)) return false;
	runningHere.add(job);
	try {
		const writer = postgresWriter();
		if (!writer) {
			await task(writeInTurn);
			return true;
		}
		const session = await writer.$client.reserve();
		try {
			const [answer] = await session<{ locked: boolean }[]>`
				SELECT pg_try_advisory_lock(hashtext(${`heard:${job}`})) AS locked`;
			if (!answer?.locked) return false;
			try {
				// One statement commits by itself; the query is built as the pool would build it.
				await task(async (build) => {
					const { sql, params } = statementText(build);
					await session.unsafe(sql, params as never[]);
				});
				return true;
			} finally {
				await session`SELECT pg_advisory_unlock(hashtext(${`heard:${job}`}))`;
			}
		} finally {
			session.release();
		}
	} finally {
		runningHere.delete(job);
	}
}
