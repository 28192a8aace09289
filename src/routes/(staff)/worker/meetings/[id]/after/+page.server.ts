import { workingCalendar } from '$lib/server/working-time/calendar';
import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { asTypedText } from '$lib/forms/text';
import { dateTime, shortDate } from '$lib/dates';
import { openStatement } from '$lib/server/inbox/mutations';
import { newId } from '$lib/server/ids';
import { feedbackDueBy } from '$lib/server/meetings/after/overdue';
import {
	recordMeetingFeedback,
	replyAboutMeetingAsStaff
} from '$lib/server/meetings/after/mutations';
import { findMeetingAfterForStaff } from '$lib/server/meetings/after/queries';
import { getSetting } from '$lib/server/settings';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { wordsBackOr404 } from '$lib/http/words-back';

const WORDS_MAX = 2000;
const REPLY_MAX = 4000;

export const load = async ({ locals, params }) => {
	const actor = locals.user!;
	const found = await findMeetingAfterForStaff(actor, params.id);
	if (!found) {
		// Feedback or a reply sent after the young person left their reach: the action gave the
		// words back, and the page shows those alone ($lib/http/words-back.ts).
		if (locals.reachLost) return { gone: true as const };
		error(404, 'Not found');
	}
	const { meeting, person, feedback } = found;
	const now = new Date();
	const passed = meeting.scheduledAt.getTime() <= now.getTime();
	// The young person's requests are their words: reading them here is reading the statements,
	// audited as such. Before the meeting this page shows none, so opening it reads nothing.
	if (passed) for (const id of found.statementIds) await openStatement(actor, id);
	return {
		gone: false as const,
		meeting: {
			id: meeting.id,
			label: meetingLabel(meeting),
			passed,
			cancelled: meeting.cancelledAt !== null,
			// Said only once the meeting has happened: a meeting still to come has no feedback due
			// yet, and one kept from before dates were checked (9999) has no working days to count.
			dueWords: passed
				? shortDate(
						feedbackDueBy(
							meeting.scheduledAt,
							await getSetting('meetingFeedbackWorkingDays'),
							await workingCalendar()
						)
					)
				: null
		},
		person: { id: person.id, preferredName: person.preferredName, archived: !!person.archivedAt },
		requests: passed ? found.requests : [],
		feedback: feedback && {
			decided: feedback.decided,
			viewsCounted: feedback.viewsCounted,
			agreed: feedback.agreedRequests,
			byWords: feedback.by,
			when: dateTime(feedback.updatedAt),
			seen: feedback.seenAt !== null,
			rating: feedback.listenedRating
		},
		thread: found.thread.map((r) => ({
			...r,
			isCorrectionRequest: false,
			when: dateTime(r.createdAt)
		})),
		replyKey: newId(),
		limits: { words: WORDS_MAX, reply: REPLY_MAX }
	};
};

const childWords = z
	.string()
	.overwrite(asTypedText)
	.trim()
	.min(1, 'required')
	.max(WORDS_MAX, 'too_long');
const Feedback = z.object({ decided: childWords, viewsCounted: childWords });
const Reply = z.object({
	body: z.string().overwrite(asTypedText).trim().min(1, 'required').max(REPLY_MAX, 'too_long'),
	key: z.string().min(8).max(64)
});

const text = (v: FormDataEntryValue | null | undefined) =>
	typeof v === 'string' ? v.slice(0, 10_000) : '';

export const actions = {
	record: async ({ request, locals, params }) => {
		const data = await request.formData();
		const agreed = data
			.getAll('agreed')
			.map(text)
			.filter((k) => k.length > 0 && k.length <= 200)
			.slice(0, 50);
		const values = {
			decided: text(data.get('decided')),
			viewsCounted: text(data.get('viewsCounted')),
			agreed
		};
		const parsed = Feedback.safeParse({
			decided: values.decided,
			viewsCounted: values.viewsCounted
		});
		if (!parsed.success)
			return fail(400, { feedback: { values, errors: fieldErrors(parsed.error) } });
		const result = await recordMeetingFeedback(locals.user!, {
			meetingId: params.id,
			...parsed.data,
			agreed
		});
		if (result === 'not_found')
			return await wordsBackOr404(
				locals,
				{ meetingId: params.id },
				{ decided: values.decided, viewsCounted: values.viewsCounted }
			);
		if (result === 'not_yet' || result === 'cancelled')
			return fail(400, { feedback: { values, errors: { form: result } } });
		return { feedbackSaved: result };
	},
	reply: async ({ request, locals, params }) => {
		const form = Object.fromEntries(await request.formData());
		const values = { body: text(form.body), decision: false };
		const parsed = Reply.safeParse(form);
		if (!parsed.success) return fail(400, { reply: { values, errors: fieldErrors(parsed.error) } });
		const result = await replyAboutMeetingAsStaff(locals.user!, {
			meetingId: params.id,
			body: parsed.data.body,
			idempotencyKey: parsed.data.key
		});
		if (result === 'not_found')
			return await wordsBackOr404(locals, { meetingId: params.id }, { reply: values.body });
		// The page offers a reply only once what was decided is recorded; a form sent before is refused.
		if (result === 'no_feedback') error(409, 'Record what was decided first');
		return { replied: true };
	}
};
