import { error } from '@sveltejs/kit';
import { exportSubjectAccess } from '$lib/server/data-rights/subject-access';
import { requireRole } from '$lib/http/require-role';

export const GET = async ({ params, locals }) => {
	const actor = requireRole(locals.user, 'admin');
	const data = await exportSubjectAccess(actor, params.id, 'json');
	if (!data) error(404, 'Not found');
	const stamp = data.generatedAt.toISOString().slice(0, 10);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="subject-access-${data.profile.caseReference.replace(/[^A-Za-z0-9-]/g, '_')}-${stamp}.json"`
		}
	});
};
