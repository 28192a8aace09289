import { fail, redirect } from '@sveltejs/kit';
import { readYoungPersonForm } from '$lib/server/records/form';
import { createYoungPersonRecord } from '$lib/server/records/mutations';
import { listActiveWorkers, listTeams } from '$lib/server/accounts/queries';
import { requireRole } from '$lib/http/require-role';
import { formKey } from '$lib/forms/form-key';
import { newId } from '$lib/server/ids';

export const load = async () => ({
	teams: await listTeams(),
	workers: await listActiveWorkers(),
	formKey: newId()
});

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const read = readYoungPersonForm(form);
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const workerId = String(form.get('workerId') ?? '') || null;
		const key = formKey(form.get('key'));
		const result = await createYoungPersonRecord(actor, read.input, workerId, key);
		if (!result.ok)
			return fail(400, {
				values: read.values,
				errors: { [result.field]: result.error } as Record<string, string>
			});
		redirect(303, `/admin/young-people/${result.id}?created=1`);
	}
};
