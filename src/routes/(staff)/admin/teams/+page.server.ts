import { error, fail } from '@sveltejs/kit';
import { fieldErrors } from '$lib/forms/read-form';
import { TeamForm } from '$lib/server/accounts/forms';
import { createTeam, renameTeam, setTeamOutOfHours } from '$lib/server/accounts/teams';
import { findTeam, listTeams } from '$lib/server/accounts/queries';
import { requireRole } from '$lib/http/require-role';

export const load = async () => ({ teams: await listTeams() });

export const actions = {
	create: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const parsed = TeamForm.safeParse({ name: form.get('name') ?? '' });
		const typed = String(form.get('name') ?? '');
		if (!parsed.success)
			return fail(400, { create: { name: typed, errors: fieldErrors(parsed.error) } });
		const result = await createTeam(actor, parsed.data.name);
		if (!result.ok)
			return fail(400, { create: { name: typed, errors: { [result.field]: result.error } } });
		return { created: parsed.data.name };
	},
	rename: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const teamId = String(form.get('teamId') ?? '');
		if (!(await findTeam(teamId))) error(404, 'Not found');
		const typed = String(form.get('name') ?? '');
		const parsed = TeamForm.safeParse({ name: typed });
		if (!parsed.success)
			return fail(400, { rename: { teamId, name: typed, errors: fieldErrors(parsed.error) } });
		const result = await renameTeam(actor, teamId, parsed.data.name);
		if (!result.ok)
			return fail(400, {
				rename: { teamId, name: typed, errors: { [result.field]: result.error } }
			});
		return { renamed: parsed.data.name };
	},
	outOfHours: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const team = await findTeam(String(form.get('teamId') ?? ''));
		if (!team) error(404, 'Not found');
		const outOfHours = form.get('outOfHours') === 'yes';
		const result = await setTeamOutOfHours(actor, team.id, outOfHours);
		if (!result.ok)
			return fail(400, { outOfHoursRefused: { teamId: team.id, error: result.error } });
		return { outOfHoursChanged: { name: team.name, outOfHours } };
	}
};
