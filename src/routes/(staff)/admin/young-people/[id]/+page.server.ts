import { error, fail } from '@sveltejs/kit';
import { findYoungPersonRecord } from '$lib/server/records/queries';
import { listActiveWorkers, listTeams } from '$lib/server/accounts/queries';
import { readYoungPersonForm } from '$lib/server/records/form';
import { updateYoungPersonRecord } from '$lib/server/records/mutations';
import { reassignYoungPerson } from '$lib/server/records/reassign';
import { askWorkerForNewCode, workerNamesFor } from '$lib/server/records/sign-in-codes';
import { requireRole } from '$lib/http/require-role';
import { formKey } from '$lib/forms/form-key';
import { newId } from '$lib/server/ids';
import { countSessionsOf } from '$lib/server/auth/signed-in';
import { signOutEverywhere } from '$lib/http/sign-out-everywhere';

async function recordOr404(id: string) {
	const record = await findYoungPersonRecord(id);
	if (!record) error(404, 'Not found');
	return record;
}

export const load = async ({ params, url }) => {
	const record = await recordOr404(params.id);
	return {
		record,
		sessions: record.userId ? await countSessionsOf(record.userId) : 0,
		teams: await listTeams(),
		workers: await listActiveWorkers(),
		// Who makes their sign-in letter: never the administrator (ADR 0010).
		codeMakers: await workerNamesFor(params.id),
		created: url.searchParams.has('created'),
		formKey: newId()
	};
};

export const actions = {
	update: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await recordOr404(params.id);
		const read = readYoungPersonForm(await request.formData());
		if (!read.ok) return fail(400, { values: read.values, errors: read.errors });
		const result = await updateYoungPersonRecord(actor, params.id, read.input);
		if (!result.ok)
			return fail(400, {
				values: read.values,
				errors: { [result.field]: result.error } as Record<string, string>
			});
		return { saved: true };
	},
	reassign: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await recordOr404(params.id);
		const workerId = String((await request.formData()).get('workerId') ?? '').slice(0, 40);
		const result = await reassignYoungPerson(actor, params.id, workerId);
		if (!result.ok) return fail(400, { reassignError: result.error });
		return { reassigned: true };
	},
	signOutEverywhere: async ({ request, params, locals }) =>
		signOutEverywhere(locals.user, request, (await recordOr404(params.id)).userId),
	/** Their worker hears by email, with no name in it, and makes the letter themselves. */
	askForLetter: async ({ request, params, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		await recordOr404(params.id);
		const key = formKey((await request.formData()).get('key'));
		const asked = await askWorkerForNewCode(actor, params.id, key);
		if (!asked.ok) return fail(409, { askRefused: asked.reason });
		return { asked: asked.told };
	}
};
