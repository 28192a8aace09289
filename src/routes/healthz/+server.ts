import { db } from '$lib/server/db';
import { isDatabaseReachable } from '$lib/server/db/connection';

/** For load balancers and monitoring: 200 only when the database answers. */
export const GET = () => {
	let ok = false;
	try {
		ok = isDatabaseReachable(db());
	} catch {
		ok = false;
	}
	return new Response(JSON.stringify({ status: ok ? 'ok' : 'unavailable', database: ok }), {
		status: ok ? 200 : 503,
		headers: { 'content-type': 'application/json', 'cache-control': 'no-store' }
	});
};
