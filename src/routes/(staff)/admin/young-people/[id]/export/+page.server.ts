import { error } from '@sveltejs/kit';
import { exportSubjectAccess } from '$lib/server/data-rights/subject-access';
import { requireRole } from '$lib/http/require-role';

export const load = async ({ params, locals }) => {
	const actor = requireRole(locals.user, 'admin');
	const data = await exportSubjectAccess(actor, params.id, 'print');
	if (!data) error(404, 'Not found');
	return { sar: data };
};
