import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requiredText } from '$lib/forms/fields';
import { shortDate } from '$lib/dates';
import { writeHandoverNote } from '$lib/server/new-worker/mutations';
import { listHandoversFor } from '$lib/server/new-worker/queries';

const NOTE_MAX = 4000;

/** The old worker's own ended allocation, within the handover time: the name and new worker only, never the file. */
async function handoverOf(actor: App.Locals['user'], allocationId: string) {
	const found = (await listHandoversFor(actor!, new Date(), allocationId))[0];
	if (!found) error(404, 'Not found');
	return found;
}

export const load = async ({ locals, params }) => {
	const h = await handoverOf(locals.user, params.id);
	return {
		handover: {
			preferredName: h.preferredName,
			newWorkerName: h.newWorkerName,
			endedWords: h.endedAt ? shortDate(h.endedAt) : '',
			note: h.note ?? ''
		},
		max: NOTE_MAX
	};
};

const Note = z.object({ body: requiredText(NOTE_MAX) });

export const actions = {
	default: async ({ request, locals, params }) => {
		await handoverOf(locals.user, params.id);
		const form = Object.fromEntries(await request.formData());
		const body = typeof form.body === 'string' ? form.body.slice(0, 10_000) : '';
		const parsed = Note.safeParse(form);
		if (!parsed.success) return fail(400, { body, errors: fieldErrors(parsed.error) });
		if ((await writeHandoverNote(locals.user!, params.id, parsed.data.body)) === 'not_found')
			error(404, 'Not found');
		return { saved: true };
	}
};
