import { fail } from '@sveltejs/kit';
import { ConfirmBox } from '$lib/forms/confirm';
import { fieldErrors } from '$lib/forms/read-form';
import { listAuditEvents } from '$lib/server/audit/log';
import {
	countDueForRetention,
	retentionCutoff,
	runRetention
} from '$lib/server/data-rights/retention';
import { requireRole } from '$lib/http/require-role';
import { getSetting } from '$lib/server/settings';

export const load = async () => {
	const now = new Date();
	const months = await getSetting('retentionMonths');
	return {
		months,
		cutoff: retentionCutoff(now, months),
		due: await countDueForRetention(now),
		runs: (await listAuditEvents({ action: 'retention_run' }, 1, 10)).events
	};
};

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const parsed = ConfirmBox.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error) });
		return { result: await runRetention(new Date(), actor.id) };
	}
};
