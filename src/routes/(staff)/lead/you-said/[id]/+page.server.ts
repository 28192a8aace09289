import { error, fail, redirect } from '@sveltejs/kit';
import { fieldErrors } from '$lib/forms/read-form';
import { requireRole } from '$lib/http/require-role';
import { MAX_YOU_SAID, PublishForm, YouSaidWeDidForm } from '$lib/server/reports/forms';
import { setYouSaidWeDidPublished, updateYouSaidWeDid } from '$lib/server/reports/mutations';
import { findYouSaidWeDid } from '$lib/server/reports/queries';

export const load = async ({ params, url }) => {
	const entry = await findYouSaidWeDid(params.id);
	if (!entry) error(404, 'Not found');
	return { entry, max: MAX_YOU_SAID, created: url.searchParams.has('created') };
};

export const actions = {
	save: async ({ request, locals, params }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const parsed = YouSaidWeDidForm.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		if (!(await updateYouSaidWeDid(user.id, params.id, parsed.data))) error(404, 'Not found');
		return { saved: true };
	},
	publish: async ({ request, locals, params }) => {
		const user = requireRole(locals.user, 'participation_lead');
		const parsed = PublishForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { publishError: true });
		if (!(await setYouSaidWeDidPublished(user.id, params.id, parsed.data.published)))
			error(404, 'Not found');
		redirect(303, `/lead/you-said/${params.id}`);
	}
};
