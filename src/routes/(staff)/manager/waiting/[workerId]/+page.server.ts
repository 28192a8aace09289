import { error } from '@sveltejs/kit';
import { dateTime } from '$lib/dates';
import { listWaitingForWorkerInManagedTeams } from '$lib/server/team/queries';
import { kindLabel } from '$lib/words/statements';

/** What the team view's counts for one worker are made of, each statement a link to open it. */
export const load = async ({ locals, params }) => {
	const waiting = await listWaitingForWorkerInManagedTeams(locals.user!, params.workerId);
	// Not a worker of this manager's teams: nothing here to show, and no hint whether they exist.
	if (!waiting) error(404, 'Not found');
	return {
		workerName: waiting.workerName,
		// Only what the page shows: this data is also sent inside the page for the browser.
		rows: waiting.rows.map((r) => ({
			id: r.id,
			preferredName: r.preferredName,
			kindWords: kindLabel(r.kind),
			sentWords: dateTime(r.sentAt),
			closed: r.status === 'closed',
			escalated: r.escalatedAt !== null,
			urgent: r.urgent,
			unread: r.unread,
			overdue: r.overdue,
			awaitingReply: r.awaitingReply,
			answeredBack: r.answeredBack,
			openChange: r.openChange
		}))
	};
};
