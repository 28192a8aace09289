import { z } from 'zod';
import { requiredText } from '$lib/forms/fields';
import { STAFF_ROLES, TEAM_ROLES } from '$lib/vocabulary';

/**
 * The zod shapes of the staff account and team forms. Messages are error codes; the pages turn
 * them into words next to the field (see $lib/forms/error-words.ts).
 */

export const TeamForm = z.object({ name: requiredText(120) });

/** Team membership arrives as one select per team: "", "worker" or "manager". */
export function teamRolesFrom(form: FormData, teamIds: string[]) {
	const memberships: { teamId: string; teamRole: (typeof TEAM_ROLES)[number] }[] = [];
	for (const teamId of teamIds) {
		const value = form.get(`team_${teamId}`);
		if (value === 'worker' || value === 'manager') memberships.push({ teamId, teamRole: value });
	}
	return memberships;
}

export const StaffForm = z.object({
	email: z.string().trim().toLowerCase().max(200, 'too_long').pipe(z.email('email_invalid')),
	displayName: requiredText(120),
	firstName: requiredText(60),
	roles: z.array(z.enum(STAFF_ROLES, 'role_invalid')).min(1, 'role_required')
});
export type StaffInput = z.infer<typeof StaffForm>;
