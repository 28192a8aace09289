import { isReachable, isWritable } from '$lib/server/db';

// The write check commits (and syncs) one page: once a second is enough for any monitor.
const RECHECK_MS = 1000;
let lastWriteCheck = { at: 0, writable: false };

async function writable(): Promise<boolean> {
	const now = Date.now();
	if (now - lastWriteCheck.at >= RECHECK_MS)
		lastWriteCheck = { at: now, writable: await isWritable() };
	return lastWriteCheck.writable;
}

/**
 * For load balancers and monitoring: 200 only when the database answers and
 * would store what a young person sends (not full, locked or read-only).
 */
export const GET = async () => {
	let reachable: boolean;
	let canWrite = false;
	try {
		reachable = await isReachable();
		canWrite = reachable && (await writable());
	} catch {
		reachable = false;
	}
	const ok = reachable && canWrite;
	return new Response(
		JSON.stringify({ status: ok ? 'ok' : 'unavailable', database: reachable, writable: canWrite }),
		{
			status: ok ? 200 : 503,
			headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
		}
	);
};
