import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formKey } from '$lib/forms/form-key';
import { isCleanText, asTypedText } from '$lib/forms/text';
import { shortDate } from '$lib/dates';
import { kindLabel } from '$lib/words/statements';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { readForm } from '$lib/forms/read-form';
import { requestCorrection } from '$lib/server/statements/answer-back';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { findOwnStatement } from '$lib/server/young-people/words';
import { newId } from '$lib/server/ids';

const MAX = 2000;
const Correction = z.object({
	body: z
		.string()
		.overwrite(asTypedText)
		.trim()
		.min(1, 'required')
		.max(MAX, 'too_long')
		// As everything else a young person types: garbled letters are asked for again, not kept.
		.refine(isCleanText, 'bad_characters')
});

export const load = async ({ params, parent }) => {
	const { me } = await parent();
	const statement = await findOwnStatement(me.id, params.id);
	if (!statement) error(404, 'Not found');
	return {
		statement: {
			id: statement.id,
			what: kindLabel(statement.kind),
			sent: shortDate(statement.sentAt)
		},
		max: MAX,
		formKey: newId()
	};
};

export const actions = {
	default: async ({ request, params, locals }) => {
		const me = locals.user ? await findOwnRecord(locals.user) : null;
		if (!me || !locals.user) error(403, 'Forbidden');
		// A post with no box at all is read as an empty one: "write what should be different".
		const form = await request.formData();
		const typed = form.get('body') ?? '';
		const read = readForm(Correction, { body: String(typed) });
		const body = read.values.body ?? '';
		if (!read.ok) return fail(400, { body, error: read.errors.body ?? 'required' });
		const correction = {
			youngPersonId: me.id,
			authorId: locals.user.id,
			statementId: params.id,
			body: read.data.body,
			idempotencyKey: formKey(form.get('key'))
		};
		const sent = await attemptWrite(async () => await requestCorrection(correction));
		if (!sent.stored) return fail(503, { body, error: 'not_saved' });
		if (sent.result === 'not_found') error(404, 'Not found');
		redirect(303, `/me/things/${params.id}?corrected=1`);
	}
};
