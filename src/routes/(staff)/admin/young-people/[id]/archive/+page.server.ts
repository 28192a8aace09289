import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { ConfirmByName } from '$lib/forms/confirm';
import { fieldErrors, formValues } from '$lib/forms/read-form';
import { findYoungPersonRecord } from '$lib/server/records/queries';
import { archiveYoungPerson } from '$lib/server/records/archive';
import { archiveMustWait, outstandingFor, whoCanReadThem } from '$lib/server/records/outstanding';
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

// What is still waiting is shown before the admin confirms: archiving takes it off every list.
export const load = async ({ params }) => {
	const r = await openRecord(params.id);
	const outstanding = await outstandingFor(r.id);
	return {
		person: { id: r.id, preferredName: r.preferredName, hasAccount: r.username !== null },
		outstanding,
		mustWait: archiveMustWait(outstanding),
		askWho: await whoCanReadThem(r.id)
	};
};

export const actions = {
	default: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const record = await openRecord(params.id);
		const values = formValues(await request.formData());
		const parsed = ConfirmByName(record.preferredName).and(Reason).safeParse(values);
		// A mistyped form says nothing new about what is waiting: the page's own list stands.
		if (!parsed.success)
			return fail(400, { values, errors: fieldErrors(parsed.error), outstanding: null });
		const result = await archiveYoungPerson(actor, record.id, parsed.data.reason);
		// A statement came in after the page was shown: the refusal says what is waiting now.
		if (!result.ok)
			return fail(409, {
				values,
				errors: { [result.field]: result.error } as Record<string, string>,
				outstanding: await outstandingFor(record.id)
			});
		redirect(303, `/admin/young-people/${record.id}`);
	}
};
