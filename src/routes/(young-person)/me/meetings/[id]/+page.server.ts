import { error } from '@sveltejs/kit';
import { newId } from '$lib/server/ids';
import { ANSWER_BACK_MAX } from '$lib/forms/fields';
import { shortDate } from '$lib/dates';
import { answerBackActions } from '$lib/http/answer-back';
import {
	markMeetingFeedbackSeen,
	rateMeetingListened,
	replyAboutMeetingAsYoungPerson
} from '$lib/server/meetings/after/answer-back';
import { findOwnMeetingAfter } from '$lib/server/meetings/after/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';

export const load = async ({ params, parent, locals }) => {
	const { me } = await parent();
	const found = await findOwnMeetingAfter(me.id, params.id);
	if (!found) error(404, 'Not found');
	await markMeetingFeedbackSeen(me.id, params.id);
	const { meeting, feedback } = found;
	return {
		meetingWords: meetingLabel(meeting),
		feedback: {
			decided: feedback.decided,
			viewsCounted: feedback.viewsCounted,
			byWords: feedback.by,
			date: shortDate(feedback.updatedAt),
			rating: feedback.listenedRating
		},
		requests: found.requests,
		thread: found.thread.map((r) => ({ ...r, mine: r.authorId === locals.user?.id })),
		replyMax: ANSWER_BACK_MAX,
		replyKey: newId()
	};
};

export const actions = answerBackActions({
	reply: async ({ id, ...reply }) =>
		await replyAboutMeetingAsYoungPerson({ ...reply, meetingId: id }),
	rate: rateMeetingListened
});
