import { fieldErrors } from '$lib/forms/read-form';
import { StaffForm, teamRolesFrom } from './forms';
import type { Membership } from './mutations';

/**
 * Reads a staff form into checked input, or the values and errors to show again. A new worker
 * must be given a team: their young people, their manager and the urgent chain all come through
 * it, and a worker in no team would see nobody and be seen by no manager.
 */
export function readStaffForm(form: FormData, teamIds: string[], { newAccount = false } = {}) {
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
	if (newAccount && raw.roles.includes('worker') && memberships.length === 0)
		errors.teams = teamIds.length ? 'worker_needs_team' : 'worker_needs_a_team_first';
	if (!parsed.success || Object.keys(errors).length) return { ok: false as const, values, errors };
	return { ok: true as const, values, input: parsed.data, memberships };
}
