import { error, fail } from '@sveltejs/kit';
import { ANSWER_BACK_MAX, AnswerBack, ListenedRating } from '$lib/forms/fields';
import { shortDate } from '$lib/dates';
import { readForm } from '$lib/forms/read-form';
import { attemptWrite } from '$lib/server/db/attempt-write';
import {
	markMeetingFeedbackSeen,
	rateMeetingListened,
	replyAboutMeetingAsYoungPerson
} from '$lib/server/meetings/after/mutations';
import { findOwnMeetingAfter } from '$lib/server/meetings/after/queries';
import { meetingLabel } from '$lib/server/statements/reader';
import { findOwnRecord } from '$lib/server/young-people/queries';

export const load = async ({ params, parent, locals }) => {
	const { me } = await parent();
	const found = findOwnMeetingAfter(me.id, params.id);
	if (!found) error(404, 'Not found');
	markMeetingFeedbackSeen(me.id, params.id);
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
		replyMax: ANSWER_BACK_MAX
	};
};

function me(locals: App.Locals) {
	const record = locals.user && findOwnRecord(locals.user);
	if (!record || !locals.user) error(403, 'Forbidden');
	return { record, userId: locals.user.id };
}

export const actions = {
	reply: async ({ request, params, locals }) => {
		const { record, userId } = me(locals);
		const read = readForm(AnswerBack, await request.formData());
		const body = read.values.body ?? '';
		if (!read.ok) return fail(400, { reply: { body, error: read.errors.body ?? 'required' } });
		const sent = attemptWrite(() =>
			replyAboutMeetingAsYoungPerson({
				youngPersonId: record.id,
				authorId: userId,
				meetingId: params.id,
				body: read.data.body
			})
		);
		if (!sent.stored) return fail(503, { reply: { body, error: 'not_saved' } });
		if (sent.result === 'not_found') error(404, 'Not found');
		return { replied: true };
	},
	rate: async ({ request, params, locals }) => {
		const { record } = me(locals);
		const parsed = ListenedRating.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { rateError: true });
		if (rateMeetingListened(record.id, params.id, parsed.data.rating) === 'not_found')
			error(404, 'Not found');
		return { rated: true };
	}
};
