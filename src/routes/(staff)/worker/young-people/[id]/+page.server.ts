import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { ageOn } from '$lib/dates';
import { dateTime, mediumDay } from '$lib/dates';
import { decisionLabel, kindLabel } from '$lib/words/statements';
import { timingForMeetingWords } from '$lib/words/durations';
import { findYoungPersonFile } from '$lib/server/casefile/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { listMeetingsOfYoungPerson } from '$lib/server/meetings/queries';
import { feelingsOverTime } from '$lib/server/young-people/feelings';
import { feedbackRecordedFor } from '$lib/server/meetings/after/queries';
import { isFeedbackOverdue } from '$lib/server/meetings/after/overdue';
import { findOwnHello, listHandoverNotesOf } from '$lib/server/new-worker/queries';
import { getSetting } from '$lib/server/settings';
import { workingCalendar } from '$lib/server/working-time/calendar';
import { asLocale, baseLocale } from '$lib/languages';

export const load = async ({ locals, params }) => {
	const file = await findYoungPersonFile(locals.user!, params.id);
	if (!file) error(404, 'Not found');
	const { person } = file;
	const current = file.workers.find((w) => !w.endedAt);
	const told = await feedbackRecordedFor(person.id);
	const days = await getSetting('meetingFeedbackWorkingDays');
	const now = new Date();
	const calendar = await workingCalendar();
	const hello = await findOwnHello(locals.user!, person.id);
	return {
		person: {
			id: person.id,
			preferredName: person.preferredName,
			caseReference: person.caseReference,
			legalStatus: person.legalStatus,
			archivedAt: person.archivedAt,
			hasSignIn: person.userId !== null,
			language: asLocale(person.language) ?? baseLocale
		},
		age: ageOn(person.dateOfBirth, new Date()),
		currentWorker: current?.name ?? null,
		aboutMe: file.aboutMe,
		workers: file.workers.map((w) => ({
			name: w.name,
			from: mediumDay(w.startedAt),
			to: w.endedAt ? mediumDay(w.endedAt) : null
		})),
		// A file spans years: its dates carry theirs ("3 Mar 2027"), where a child's pages say "Wed 3 Mar".
		meetings: (await listMeetingsOfYoungPerson(person.id)).map((mt) => ({
			id: mt.id,
			label: meetingLabel(mt, mediumDay),
			viewsWords: mt.firstSentAt
				? m.staff_file_views_sent({
						date: mediumDay(mt.firstSentAt),
						timing: timingForMeetingWords(mt.firstSentAt, mt.scheduledAt)
					})
				: m.staff_file_no_views(),
			cancelled: !!mt.cancelledAt,
			// Once it has happened: told, or waiting (overdue once the feedback time has passed with views sent before it).
			afterWords:
				mt.cancelledAt || mt.scheduledAt.getTime() > now.getTime()
					? null
					: told.has(mt.id)
						? m.staff_file_feedback_given({ date: mediumDay(told.get(mt.id)!) })
						: mt.firstSentAt &&
							  mt.firstSentAt < mt.scheduledAt &&
							  isFeedbackOverdue(mt.scheduledAt, days, now, calendar)
							? m.staff_file_feedback_overdue()
							: m.staff_file_feedback_none()
		})),
		handoverNotes: (await listHandoverNotesOf(person.id)).map((n) => ({
			id: n.id,
			body: n.body,
			byWords: m.staff_handover_from({ name: n.author, date: mediumDay(n.writtenAt) })
		})),
		hello: hello && { written: hello.writtenAt !== null, met: hello.metAt !== null },
		timeline: file.timeline.map((s) => ({
			id: s.id,
			kindWords: kindLabel(s.kind),
			sentWords: dateTime(s.sentAt),
			sentTo: s.sentTo,
			urgent: s.urgent,
			outcomeWords: s.outcome ? decisionLabel(s.outcome.decision) : null,
			thread: s.thread.map((r) => ({ ...r, when: dateTime(r.createdAt) }))
		})),
		feelings: await feelingsOverTime(person.id)
	};
};
