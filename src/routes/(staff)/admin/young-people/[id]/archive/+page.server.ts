import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ConfirmByName } from '$lib/forms/confirm';
import { fieldErrors, formValues } from '$lib/forms/read-form';
import { findYoungPersonRecord } from '$lib/server/records/queries';
import { archiveYoungPerson } from '$lib/server/records/mutations';
import { requireRole } from '$lib/http/require-role';

const Reason = z.object({
	reason: z.enum(['care_leaver_26', 'case_closed', 'moved_away', 'other'], 'choose_one')
});

async function openRecord(id: string) {
	const record = await findYoungPersonRecord(id);
	if (!record) error(404, 'Not found');
	if (record.archivedAt) redirect(303, `/admin/young-people/${id}`);
	return record;
}

export const load = async ({ params }) => {
	const r = await openRecord(params.id);
	return { person: { id: r.id, preferredName: r.preferredName, hasAccount: r.username !== null } };
};

export const actions = {
	default: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const record = await openRecord(params.id);
		const values = formValues(await request.formData());
		const parsed = ConfirmByName(record.preferredName).and(Reason).safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		await archiveYoungPerson(actor, record.id, parsed.data.reason);
		redirect(303, `/admin/young-people/${record.id}`);
	}
};
