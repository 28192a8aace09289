import { postgresWriter } from '.';

/** The jobs running in this process just now. */
const runningHere = new Set<string>();

/**
 * Runs a background job (delivering the mail outbox, escalating, retention) unless it is running
 * already, here or on another server, and says whether it ran. Several servers share one
 * PostgreSQL database, and each has the same timers: without this, two would send the same due
 * mail. On PostgreSQL the job holds an advisory lock on a session of its own while it runs;
 * a server killed mid-job loses its session and, with it, the lock, so the next round anywhere
 * takes the job up. One SQLite file has one server, so there the check is this process alone.
 */
export async function runAlone(job: string, task: () => Promise<unknown>): Promise<boolean> {
	if (runningHere.has(job)) return false;
	runningHere.add(job);
	try {
		const writer = postgresWriter();
		if (!writer) {
			await task();
			return true;
		}
		const session = await writer.$client.reserve();
		try {
			const [answer] = await session<{ locked: boolean }[]>`
				SELECT pg_try_advisory_lock(hashtext(${`heard:${job}`})) AS locked`;
			if (!answer?.locked) return false;
			try {
				await task();
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
