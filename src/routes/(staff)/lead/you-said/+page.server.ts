import { fail, redirect } from '@sveltejs/kit';
import { requireRole } from '$lib/http/require-role';
import { fieldErrors } from '$lib/forms/read-form';
import { MAX_YOU_SAID, YouSaidWeDidForm } from '$lib/server/reports/forms';
import { createYouSaidWeDid } from '$lib/server/reports/mutations';
import { listYouSaidWeDid } from '$lib/server/reports/queries';

export const load = () => ({ entries: listYouSaidWeDid(), max: MAX_YOU_SAID });

export const actions = {
	create: async ({ request, locals }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const parsed = YouSaidWeDidForm.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		const id = createYouSaidWeDid(user.id, parsed.data);
		redirect(303, `/lead/you-said/${id}?created=1`);
	}
};
