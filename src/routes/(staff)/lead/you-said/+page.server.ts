import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/http/require-role';
import { fieldErrors } from '$lib/forms/read-form';
import { MAX_YOU_SAID, YouSaidWeDidForm } from '$lib/server/reports/forms';
import { createYouSaidWeDid } from '$lib/server/reports/mutations';
import { listYouSaidWeDid } from '$lib/server/reports/queries';
import { formKey } from '$lib/forms/form-key';
import { newId } from '$lib/server/ids';

export const load = async () => ({
	entries: await listYouSaidWeDid(),
	max: MAX_YOU_SAID,
	formKey: newId()
});

export const actions = {
	create: async ({ request, locals }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const form = await request.formData();
		const values = Object.fromEntries(form) as Record<string, string>;
		const parsed = YouSaidWeDidForm.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const id = await createYouSaidWeDid(user.id, parsed.data, formKey(form.get('key')));
		redirect(303, `/lead/you-said/${id}?created=1`);
	}
};
