import { fail } from '@sveltejs/kit';
import { createStaffAccount } from '$lib/server/admin/mutations';
import { readStaffForm } from '$lib/server/admin/staff-form';
import { listTeams } from '$lib/server/admin/staff-queries';
import { requireRole } from '$lib/server/auth/access';

export const load = () => ({ teams: listTeams() });

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const read = readStaffForm(await request.formData(), listTeams().map((t) => t.id));
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await createStaffAccount(actor, read.input, read.memberships);
		if (!result.ok) return fail(400, { values: read.values, errors: { [result.field]: result.error } });
		// Shown once, on this response only: the password is not stored in clear anywhere.
		return { created: { id: result.id, email: read.input.email, password: result.password } };
	}
};
