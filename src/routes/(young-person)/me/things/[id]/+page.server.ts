import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { shortDate } from '$lib/dates';
import { readForm } from '$lib/forms/read-form';
import { isCleanText, withoutDirectionControls } from '$lib/forms/text';
import { addWorkingDays } from '$lib/server/inbox/working-days';
import { rateListened, replyAsYoungPerson } from '$lib/server/statements/mutations';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { getSetting } from '$lib/server/settings';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { listOwnMeetingsWithFeedback } from '$lib/server/meetings/after/queries';
import { meetingLabel } from '$lib/server/statements/reader';
import { findOwnStatement } from '$lib/server/young-people/words';

const REPLY_MAX = 2000;

export const load = async ({ params, parent, url, locals }) => {
	const { me } = await parent();
	const statement = findOwnStatement(me.id, params.id);
	if (!statement) error(404, 'Not found');
	const days = getSetting('responseWorkingDays');
	return {
		statement: { ...statement, answers: undefined, answersInWords: undefined },
		answers: statement.answersInWords,
		meetingWords: statement.meeting ? meetingLabel(statement.meeting) : null,
		meetingHasFeedback: listOwnMeetingsWithFeedback(me.id).some(
			(mt) => mt.id === statement.meetingId
		),
		thread: statement.thread.map((r) => ({ ...r, mine: r.authorId === locals.user?.id })),
		justSent: url.searchParams.has('sent'),
		readBy: { days, date: shortDate(addWorkingDays(statement.sentAt, days)) },
		helpContacts: statement.urgent ? getSetting('helpContacts') : [],
		replyMax: REPLY_MAX
	};
};

const Reply = z.object({
	body: z
		.string()
		.overwrite(withoutDirectionControls)
		.trim()
		.min(1, 'required')
		.max(REPLY_MAX, 'too_long')
		.refine(isCleanText, 'bad_characters')
});
const Rating = z.object({ rating: z.coerce.number().int().min(1).max(5) });

function me(locals: App.Locals) {
	const record = locals.user && findOwnRecord(locals.user);
	if (!record || !locals.user) error(403, 'Forbidden');
	return { record, userId: locals.user.id };
}

export const actions = {
	reply: async ({ request, params, locals }) => {
		const { record, userId } = me(locals);
		const read = readForm(Reply, await request.formData());
		const body = read.values.body ?? '';
		if (!read.ok) return fail(400, { reply: { body, error: read.errors.body ?? 'required' } });
		const sent = attemptWrite(() =>
			replyAsYoungPerson({
				youngPersonId: record.id,
				authorId: userId,
				statementId: params.id,
				body: read.data.body
			})
		);
		if (!sent.stored) return fail(503, { reply: { body, error: 'not_saved' } });
		if (sent.result === 'not_found') error(404, 'Not found');
		return { replied: true };
	},
	rate: async ({ request, params, locals }) => {
		const { record } = me(locals);
		const parsed = Rating.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { rateError: true });
		const result = rateListened(record.id, params.id, parsed.data.rating);
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'no_answer_yet') return fail(400, { rateError: true });
		return { rated: true };
	}
};
