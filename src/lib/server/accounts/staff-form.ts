import { fieldErrors } from '$lib/forms/read-form';
import { StaffForm, teamRolesFrom } from './forms';
import type { Membership } from './mutations';
import { leavesWorkerWithoutTeam, workerTeamError } from './worker-team';

/**
 * Reads a staff form into checked input, or the values and errors to show again. A worker, new
 * or already made, must be in a team (worker-team.ts): checked here too so the missing team is
 * shown with any other mistake at once, every typed value kept.
 */
export function readStaffForm(form: FormData, teamIds: string[]) {
	const raw = {
		email: String(form.get('email') ?? ''),
		displayName: String(form.get('displayName') ?? ''),
		firstName: String(form.get('firstName') ?? ''),
		roles: form.getAll('roles').map(String)
	};
	const memberships: Membership[] = teamRolesFrom(form, teamIds);
	const values = {
		...raw,
		teamRoles: Object.fromEntries(memberships.map((t) => [t.teamId, t.teamRole]))
	};
	const parsed = StaffForm.safeParse(raw);
	const errors: Record<string, string> = parsed.success ? {} : fieldErrors(parsed.error);
	if (leavesWorkerWithoutTeam(raw.roles, memberships))
		errors.teams = workerTeamError(teamIds.length > 0);
	if (!parsed.success || Object.keys(errors).length) return { ok: false as const, values, errors };
	return { ok: true as const, values, input: parsed.data, memberships };
}
