import { error } from '@sveltejs/kit';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { recordStatementsExported } from '$lib/server/casefile/mutations';
import { findMeetingForStaff } from '$lib/server/meetings/queries';
import { dateTime } from '$lib/dates';
import { decisionLabel, kindLabel } from '$lib/words/statements';
import { meetingTypeLabel, writtenInWords } from '$lib/words/lists';
import { interpreterForMeeting } from '$lib/server/statements/interpreter';
import { timingForMeetingWords } from '$lib/words/durations';

export const load = async ({ locals, params }) => {
	const found = await findMeetingForStaff(locals.user!, params.id);
	if (!found) error(404, 'Not found');
	const { meeting, person } = found;
	// This page is the printable meeting pack: the views on it have left the inbox, so they are audited as exported.
	await recordStatementsExported(
		locals.user!,
		found.statements.map((s) => s.statement.id),
		{ format: 'print', meetingId: meeting.id }
	);
	// Statements come oldest first: the first says whether the meeting had the child's views in time.
	const first = found.statements[0]?.statement;
	return {
		interpreter: interpreterForMeeting(found.statements.map((s) => s.statement)),
		viewsCameBefore: first ? first.sentAt.getTime() <= meeting.scheduledAt.getTime() : null,
		meeting: {
			id: meeting.id,
			label: meetingLabel(meeting),
			typeWords: meetingTypeLabel(meeting.type),
			when: dateTime(meeting.scheduledAt),
			chair: meeting.chair
		},
		person: {
			id: person.id,
			preferredName: person.preferredName,
			caseReference: person.caseReference
		},
		statements: found.statements.map((s) => ({
			id: s.statement.id,
			kindWords: kindLabel(s.statement.kind),
			sentWords: dateTime(s.statement.sentAt),
			timingWords: timingForMeetingWords(s.statement.sentAt, meeting.scheduledAt),
			writtenIn: writtenInWords(s.statement.language),
			answers: s.answers,
			thread: s.thread.map((r) => ({ ...r, when: dateTime(r.createdAt) })),
			outcomeWords: s.outcome
				? `${decisionLabel(s.outcome.decision)}: ${s.outcome.explanation}`
				: null
		}))
	};
};
