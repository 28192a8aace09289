import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { AnswerBack, ListenedRating } from '$lib/forms/fields';
import { formKey } from '$lib/forms/form-key';
import { readForm } from '$lib/forms/read-form';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { findOwnRecord } from '$lib/server/young-people/queries';

type Event = RequestEvent<{ id: string }>;

/** What a young person answers back about: a statement of theirs, or what was decided at their meeting. */
interface AnswerBackWrites {
	reply(
		input: {
			youngPersonId: string;
			authorId: string;
			id: string;
			body: string;
			idempotencyKey?: string;
		},
		now?: Date
	): Promise<'ok' | 'not_found'>;
	rate(
		youngPersonId: string,
		id: string,
		rating: number
	): Promise<'ok' | 'not_found' | 'no_answer_yet'>;
}

async function ownRecord(locals: App.Locals) {
	const record = locals.user && (await findOwnRecord(locals.user));
	if (!record || !locals.user) error(403, 'Forbidden');
	return { record, userId: locals.user.id };
}

/**
 * The "answer back" and "did you feel listened to?" actions, the same wherever a
 * young person is answered: what they typed comes back with any error, a send
 * that cannot be stored says so, and someone else's id is not found.
 */
export function answerBackActions(writes: AnswerBackWrites) {
	return {
		reply: async ({ request, params, locals }: Event) => {
			const { record, userId } = await ownRecord(locals);
			const form = await request.formData();
			const read = readForm(AnswerBack, form);
			const body = read.values.body ?? '';
			if (!read.ok) return fail(400, { reply: { body, error: read.errors.body ?? 'required' } });
			const reply = {
				youngPersonId: record.id,
				authorId: userId,
				id: params.id,
				body: read.data.body,
				idempotencyKey: formKey(form.get('key'))
			};
			const sent = await attemptWrite(() => writes.reply(reply));
			if (!sent.stored) return fail(503, { reply: { body, error: 'not_saved' } });
			if (sent.result === 'not_found') error(404, 'Not found');
			return { replied: true };
		},
		rate: async ({ request, params, locals }: Event) => {
			const { record } = await ownRecord(locals);
			const parsed = ListenedRating.safeParse(Object.fromEntries(await request.formData()));
			if (!parsed.success) return fail(400, { rateError: true });
			const result = await writes.rate(record.id, params.id, parsed.data.rating);
			if (result === 'not_found') error(404, 'Not found');
			if (result === 'no_answer_yet') return fail(400, { rateError: true });
			return { rated: true };
		}
	};
}
