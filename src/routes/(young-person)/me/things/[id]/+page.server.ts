import { error } from '@sveltejs/kit';
import { newId } from '$lib/server/ids';
import { shortDate } from '$lib/dates';
import { ANSWER_BACK_MAX } from '$lib/forms/fields';
import { answerBackActions } from '$lib/http/answer-back';
import { addWorkingDays } from '$lib/server/working-time/working-days';
import { rateListened, replyAsYoungPerson } from '$lib/server/statements/answer-back';
import { getSetting } from '$lib/server/settings';
import { workingCalendar } from '$lib/server/working-time/calendar';
import { listOwnMeetingsWithFeedback } from '$lib/server/meetings/after/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { findOwnStatement } from '$lib/server/young-people/words';

export const load = async ({ params, parent, url, locals }) => {
	const { me } = await parent();
	const statement = await findOwnStatement(me.id, params.id);
	if (!statement) error(404, 'Not found');
	const days = await getSetting('responseWorkingDays');
	return {
		statement: { ...statement, answers: undefined, answersInWords: undefined },
		answers: statement.answersInWords,
		meetingWords: statement.meeting ? meetingLabel(statement.meeting) : null,
		meetingHasFeedback: (await listOwnMeetingsWithFeedback(me.id)).some(
			(mt) => mt.id === statement.meetingId
		),
		thread: statement.thread.map((r) => ({ ...r, mine: r.authorId === locals.user?.id })),
		justSent: url.searchParams.has('sent'),
		readBy: {
			days,
			date: shortDate(addWorkingDays(statement.sentAt, days, await workingCalendar()))
		},
		helpContacts: statement.urgent ? await getSetting('helpContacts') : [],
		replyMax: ANSWER_BACK_MAX,
		replyKey: newId()
	};
};

export const actions = answerBackActions({
	reply: async ({ id, ...reply }) => await replyAsYoungPerson({ ...reply, statementId: id }),
	rate: rateListened
});
