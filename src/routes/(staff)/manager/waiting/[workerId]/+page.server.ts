import { error } from '@sveltejs/kit';
import { pageAskedFor } from '$lib/paging';
import { INBOX_PAGE_SIZE } from '$lib/server/inbox/queries';
import { listWaitingForWorkerInManagedTeams } from '$lib/server/team/queries';
import { waitingRowForPage } from '$lib/server/statements/waiting-row';

/**
 * What the team view's counts for one worker are made of, each statement a link to open it, in
 * pages as long as the worker's own inbox.
 */
export const load = async ({ locals, params, url }) => {
	const waiting = await listWaitingForWorkerInManagedTeams(locals.user!, params.workerId);
	// Not a worker of this manager's teams: nothing here to show, and no hint whether they exist.
	if (!waiting) error(404, 'Not found');
	const total = waiting.rows.length;
	const { page, paging } = pageAskedFor(url, total, INBOX_PAGE_SIZE);
	const rows = waiting.rows.slice((page - 1) * INBOX_PAGE_SIZE, page * INBOX_PAGE_SIZE);
	return {
		workerName: waiting.workerName,
		rows: rows.map(waitingRowForPage),
		paging: paging(rows.length)
	};
};
