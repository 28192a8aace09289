import { fail } from '@sveltejs/kit';
import { createStaffAccount } from '$lib/server/accounts/mutations';
import { readStaffForm } from '$lib/server/accounts/staff-form';
import { listTeams } from '$lib/server/accounts/queries';
import { requireRole } from '$lib/http/require-role';
import { isMailDelivered } from '$lib/server/notifications/mail-wake';

export const load = async () => ({ teams: await listTeams() });

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const read = readStaffForm(
			await request.formData(),
			(await listTeams()).map((t) => t.id)
		);
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await createStaffAccount(actor, read.input, read.memberships);
		if (!result.ok)
			return fail(400, { values: read.values, errors: { [result.field]: result.error } });
		// They choose their own password from an emailed link; the admin is told only where it went.
		return {
			created: { id: result.id, email: read.input.email, mailDelivered: isMailDelivered() }
		};
	}
};
