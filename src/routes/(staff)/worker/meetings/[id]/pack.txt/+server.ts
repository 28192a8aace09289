import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { timingForMeetingWords } from '$lib/words/durations';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { recordStatementsExported } from '$lib/server/casefile/mutations';
import { caseRecordText } from '$lib/server/casefile/text';
import { findMeetingForStaff } from '$lib/server/meetings/queries';
import { interpreterForMeeting, interpreterLine } from '$lib/server/statements/interpreter';

export const GET = async ({ locals, params }) => {
	const actor = locals.user!;
	const found = await findMeetingForStaff(actor, params.id);
	if (!found) error(404, 'Not found');
	const now = new Date();
	// The pack holds every view in full, so making it reads each: the text says when, even now.
	const firstRead = await recordStatementsExported(
		actor,
		found.statements.map((s) => s.statement.id),
		{ format: 'text', meetingId: found.meeting.id },
		now
	);
	const meetingWords = meetingLabel(found.meeting);
	const timed = found.statements.map((s) => ({
		...s,
		statement: {
			...s.statement,
			firstReadAt: firstRead.get(s.statement.id) ?? s.statement.firstReadAt
		},
		meetingWords: m.staff_text_meeting_timing({
			meeting: meetingWords,
			timing: timingForMeetingWords(s.statement.sentAt, found.meeting.scheduledAt)
		})
	}));
	// Heads the pack, before anything else: an interpreter has to be booked before the meeting.
	const interpreter = interpreterForMeeting(found.statements.map((s) => s.statement));
	const head = interpreter
		? `${meetingWords}\n\n${m.staff_text_interpreter()}: ${interpreterLine(interpreter)}\n\n`
		: `${meetingWords}\n`;
	const text = head + caseRecordText(found.person, timed, actor.displayName, now);
	return new Response(text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': `attachment; filename="heard-meeting-${found.person.caseReference.replace(/[^A-Za-z0-9-]/g, '')}-${found.meeting.id}.txt"`
		}
	});
};
