import { m } from '$lib/paraglide/messages.js';
import { shortDate } from '$lib/dates';
import type { SessionUser } from '../auth/session';
import { listHandoversFor, listHellosWaiting } from '../new-worker/queries';
import { meetingLabel } from '../statements/meeting-words';
import { listMeetingsAwaitingFeedback } from '../meetings/after/overdue';

/*
 * What the loops with a young person leave waiting for staff: feedback after
 * meetings, a new worker's hello, an old worker's handover note. The worker
 * sees their own; the manager sees their teams' overdue feedback and unwritten hellos.
 */

export async function loopsWaitingForWorker(actor: SessionUser, now = new Date()) {
	return {
		feedback: (await listMeetingsAwaitingFeedback(actor, 'caseload', now)).map((mt) => ({
			id: mt.id,
			preferredName: mt.preferredName,
			meetingWords: meetingLabel(mt),
			dueWords: shortDate(mt.dueBy),
			overdue: mt.overdue
		})),
		hellos: (await listHellosWaiting(actor, 'caseload')).map((h) => ({
			youngPersonId: h.youngPersonId,
			preferredName: h.preferredName
		})),
		handovers: (await listHandoversFor(actor, now)).map((h) => ({
			allocationId: h.allocationId,
			words: m.staff_handover_item({
				name: h.preferredName,
				worker: h.newWorkerName,
				date: h.endedAt ? shortDate(h.endedAt) : ''
			}),
			written: h.note !== null
		}))
	};
}

export async function loopsWaitingForManager(actor: SessionUser, now = new Date()) {
	return {
		feedbackOverdue: (await listMeetingsAwaitingFeedback(actor, 'team', now))
			.filter((mt) => mt.overdue)
			.map((mt) => ({
				id: mt.id,
				youngPersonId: mt.youngPersonId,
				preferredName: mt.preferredName,
				workerName: mt.workerName,
				meetingWords: meetingLabel(mt),
				dueWords: shortDate(mt.dueBy)
			})),
		hellos: (await listHellosWaiting(actor, 'team')).map((h) => ({
			youngPersonId: h.youngPersonId,
			preferredName: h.preferredName,
			workerName: h.workerName,
			sinceWords: shortDate(h.since)
		}))
	};
}
