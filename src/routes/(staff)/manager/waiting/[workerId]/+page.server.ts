import { error } from '@sveltejs/kit';
import { listWaitingForWorkerInManagedTeams } from '$lib/server/team/queries';
import { waitingRowForPage } from '$lib/server/statements/waiting-row';

/** What the team view's counts for one worker are made of, each statement a link to open it. */
export const load = async ({ locals, params }) => {
	const waiting = await listWaitingForWorkerInManagedTeams(locals.user!, params.workerId);
	// Not a worker of this manager's teams: nothing here to show, and no hint whether they exist.
	if (!waiting) error(404, 'Not found');
	return {
		workerName: waiting.workerName,
		rows: waiting.rows.map(waitingRowForPage)
	};
};
