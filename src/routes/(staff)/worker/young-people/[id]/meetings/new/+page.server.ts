import { fieldErrors } from '$lib/forms/read-form';
import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { asTypedText } from '$lib/forms/text';
import { MEETING_TYPES } from '$lib/vocabulary';
import { fromUkLocalTime } from '$lib/dates/typed';
import { scheduleMeeting } from '$lib/server/meetings/mutations';
import { MEETING_YEARS_AHEAD } from '$lib/server/meetings/when';
import { findVisibleYoungPerson } from '$lib/server/staff/scope-prepared';

export const load = async ({ locals, params }) => {
	const person = await findVisibleYoungPerson(locals.user!, params.id);
	if (!person) error(404, 'Not found');
	return {
		person: { id: person.id, preferredName: person.preferredName },
		yearsAhead: MEETING_YEARS_AHEAD
	};
};

const Meeting = z.object({
	type: z.enum(MEETING_TYPES, 'type_required'),
	// Left empty it is asked for; typed but on no UK clock (31 February, 25:00) it is refused, never moved.
	when: z
		.string()
		.max(20)
		.transform(
			(v, ctx) =>
				fromUkLocalTime(v) ??
				(ctx.addIssue({ code: 'custom', message: v ? 'when_not_real' : 'when_required' }), z.NEVER)
		),
	chair: z.string().overwrite(asTypedText).trim().max(120, 'chair_too_long').default('')
});

export const actions = {
	default: async ({ request, locals, params }) => {
		const form = Object.fromEntries(await request.formData());
		const values = {
			type: String(form.type ?? '').slice(0, 60),
			when: String(form.when ?? '').slice(0, 20),
			chair: String(form.chair ?? '').slice(0, 200)
		};
		const parsed = Meeting.safeParse(form);
		if (!parsed.success) {
			return fail(400, {
				values,
				errors: fieldErrors(parsed.error)
			});
		}
		const result = await scheduleMeeting(locals.user!, {
			youngPersonId: params.id,
			type: parsed.data.type,
			scheduledAt: parsed.data.when,
			chair: parsed.data.chair
		});
		if (result === 'not_found') error(404, 'Not found');
		if (result === 'in_past' || result === 'too_far')
			return fail(400, { values, errors: { when: result } });
		redirect(303, `/worker/meetings/${result.id}`);
	}
};
