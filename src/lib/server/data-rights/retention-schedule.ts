import { runAlone } from '../db/alone';
import { runRetention } from './retention';

const DAY_MS = 24 * 60 * 60 * 1000;
let timer: NodeJS.Timeout | undefined;

/**
 * Runs retention once a day inside the server process. The timer is unref'd
 * so it never keeps the process alive on shutdown; a failure is logged and
 * the next day tries again (the admin button runs it on demand too).
 */
export function startRetentionSchedule(): void {
	if (timer) return;
	const run = async () => {
		try {
			// Once a day across every server sharing the database, not once on each.
			await runAlone('retention', () => runRetention(new Date()));
		} catch (error) {
			console.error('Retention run failed', error);
		}
	};
	// A first run a minute after start, so a server that restarts daily still runs it.
	setTimeout(() => void run(), 60_000).unref();
	timer = setInterval(() => void run(), DAY_MS);
	timer.unref();
}
