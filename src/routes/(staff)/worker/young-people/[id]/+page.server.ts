import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { ageOn } from '$lib/dates';
import { dateTime, shortDate } from '$lib/dates';
import { decisionLabel, kindLabel } from '$lib/words/statements';
import { timingForMeetingWords } from '$lib/words/durations';
import { findYoungPersonFile } from '$lib/server/casefile/queries';
import { meetingLabel } from '$lib/server/statements/reader';
import { listMeetingsOfYoungPerson } from '$lib/server/meetings/queries';
import { feelingsOverTime } from '$lib/server/young-people/feelings';

export const load = ({ locals, params }) => {
	const file = findYoungPersonFile(locals.user!, params.id);
	if (!file) error(404, 'Not found');
	const { person } = file;
	const current = file.workers.find((w) => !w.endedAt);
	return {
		person: {
			id: person.id,
			preferredName: person.preferredName,
			caseReference: person.caseReference,
			legalStatus: person.legalStatus,
			archivedAt: person.archivedAt,
			hasSignIn: person.userId !== null
		},
		age: ageOn(person.dateOfBirth, new Date()),
		currentWorker: current?.name ?? null,
		aboutMe: file.aboutMe,
		workers: file.workers.map((w) => ({
			name: w.name,
			from: shortDate(w.startedAt),
			to: w.endedAt ? shortDate(w.endedAt) : null
		})),
		meetings: listMeetingsOfYoungPerson(person.id).map((mt) => ({
			id: mt.id,
			label: meetingLabel(mt),
			viewsWords: mt.firstSentAt
				? m.staff_file_views_sent({
						date: shortDate(mt.firstSentAt),
						timing: timingForMeetingWords(mt.firstSentAt, mt.scheduledAt)
					})
				: m.staff_file_no_views(),
			cancelled: !!mt.cancelledAt
		})),
		timeline: file.timeline.map((s) => ({
			id: s.id,
			kindWords: kindLabel(s.kind),
			sentWords: dateTime(s.sentAt),
			sentTo: s.sentTo,
			urgent: s.urgent,
			outcomeWords: s.outcome ? decisionLabel(s.outcome.decision) : null,
			thread: s.thread.map((r) => ({ ...r, when: dateTime(r.createdAt) }))
		})),
		feelings: feelingsOverTime(person.id)
	};
};
