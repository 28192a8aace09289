import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { readForm } from '$lib/forms/read-form';
import { asTypedText } from '$lib/forms/text';
import { readsComplaints } from '$lib/server/complaints/queries';
import {
	COMPLAINT_NOTE_MAX,
	markComplaint,
	openComplaint
} from '$lib/server/complaints/team-mutations';

const Mark = z.object({
	status: z.enum(['in_touch', 'resolved'], 'choose_one'),
	note: z.string().overwrite(asTypedText).trim().max(COMPLAINT_NOTE_MAX, 'too_long').default('')
});

export const load = async ({ locals, params }) => {
	const actor = locals.user!;
	if (!(await readsComplaints(actor.id))) error(403, 'Forbidden');
	// Every opening is audited, as a statement's is.
	const complaint = await openComplaint(actor, params.id);
	if (!complaint) error(404, 'Not found');
	return { complaint, max: COMPLAINT_NOTE_MAX };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const actor = locals.user!;
		if (!(await readsComplaints(actor.id))) error(403, 'Forbidden');
		const read = readForm(Mark, await request.formData());
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const marked = await markComplaint(actor, params.id, read.data.status, read.data.note);
		if (!marked.ok) {
			if (marked.reason === 'not_found') error(404, 'Not found');
			return fail(409, { values: read.values, errors: { form: marked.reason } });
		}
		return { marked: read.data.status };
	}
};
