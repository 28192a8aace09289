import { fieldErrors } from '$lib/forms/read-form';
import { StaffForm, teamRolesFrom } from './forms';
import type { Membership } from './mutations';

/** Reads a staff form into checked input, or the values and errors to show again. */
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
	if (!parsed.success) return { ok: false as const, values, errors: fieldErrors(parsed.error) };
	return { ok: true as const, values, input: parsed.data, memberships };
}
