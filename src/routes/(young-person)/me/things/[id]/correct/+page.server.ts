import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { withoutDirectionControls } from '$lib/forms/text';
import { shortDate } from '$lib/dates';
import { kindLabel } from '$lib/words/statements';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { requestCorrection } from '$lib/server/young-people/own-words';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { findOwnStatement } from '$lib/server/young-people/words';

const MAX = 2000;
const Correction = z.object({
	body: z
		.string()
		.overwrite(withoutDirectionControls)
		.trim()
		.min(1, 'required')
		.max(MAX, 'too_long')
});

export const load = async ({ params, parent }) => {
	const { me } = await parent();
	const statement = findOwnStatement(me.id, params.id);
	if (!statement) error(404, 'Not found');
	return {
		statement: {
			id: statement.id,
			what: kindLabel(statement.kind),
			sent: shortDate(statement.sentAt)
		},
		max: MAX
	};
};

export const actions = {
	default: async ({ request, params, locals }) => {
		const me = locals.user ? findOwnRecord(locals.user) : null;
		if (!me || !locals.user) error(403, 'Forbidden');
		const body = String((await request.formData()).get('body') ?? '');
		const parsed = Correction.safeParse({ body });
		if (!parsed.success)
			return fail(400, { body, error: parsed.error.issues[0]?.message ?? 'required' });
		const userId = locals.user.id;
		const sent = attemptWrite(() => requestCorrection(me.id, userId, params.id, parsed.data.body));
		if (!sent.stored) return fail(503, { body, error: 'not_saved' });
		if (sent.result === 'not_found') error(404, 'Not found');
		redirect(303, `/me/things/${params.id}?corrected=1`);
	}
};
