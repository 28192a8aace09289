import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { formKey } from '$lib/forms/form-key';
import { isCleanText, asTypedText } from '$lib/forms/text';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { COMPLAINT_KINDS } from '$lib/server/db/schema';
import { COMPLAINT_MESSAGE_MAX, makeComplaint } from '$lib/server/complaints/mutations';
import { describeComplaintsContact, listOwnComplaints } from '$lib/server/complaints/queries';
import { getSetting } from '$lib/server/settings';
import { newId } from '$lib/server/ids';

const Complaint = z.object({
	kind: z.enum(COMPLAINT_KINDS, 'choose_one'),
	message: z
		.string()
		.overwrite(asTypedText)
		.trim()
		.max(COMPLAINT_MESSAGE_MAX, 'too_long')
		// As every other thing a young person types: garbled letters are asked for again, not kept.
		.refine(isCleanText, 'bad_characters')
});

export const load = async ({ locals, url }) => {
	const { asked, earlierKeptWithTeam } = locals.user
		? await listOwnComplaints(locals.user)
		: { asked: [], earlierKeptWithTeam: false };
	const sentId = url.searchParams.get('sent');
	// Only what the page says: never who is in the complaints team, or their addresses.
	const { open, organisation } = await describeComplaintsContact();
	return {
		contact: { open, organisation },
		helpContacts: await getSetting('helpContacts'),
		asked,
		earlierKeptWithTeam,
		justSent: asked.find((c) => c.id === sentId) ?? null,
		now: new Date(),
		max: COMPLAINT_MESSAGE_MAX,
		formKey: newId()
	};
};

export const actions = {
	default: async ({ request, locals }) => {
		if (!locals.user) error(403, 'Forbidden');
		const actor = locals.user;
		const form = await request.formData();
		const values = {
			kind: String(form.get('kind') ?? ''),
			message: String(form.get('message') ?? '')
		};
		const parsed = Complaint.safeParse(values);
		if (!parsed.success) {
			const field = String(parsed.error.issues[0]?.path[0] ?? 'kind');
			return fail(400, {
				values,
				errors: { [field]: parsed.error.issues[0]?.message ?? 'choose_one' }
			});
		}
		const sent = await attemptWrite(
			async () =>
				await makeComplaint(actor, { ...parsed.data, idempotencyKey: formKey(form.get('key')) })
		);
		if (!sent.stored) return fail(503, { values, errors: { form: 'not_saved' } });
		if (!sent.result.ok) return fail(409, { values, errors: { form: sent.result.reason } });
		redirect(303, `/me/not-happy?sent=${sent.result.id}`);
	}
};
