import { z } from 'zod';
import { withoutDirectionControls } from '$lib/forms/text';
import { LEGAL_STATUSES, PLACEMENT_TYPES, STAFF_ROLES, TEAM_ROLES } from '$lib/vocabulary';

/**
 * The zod shapes of every admin form. Messages are error codes; the pages turn
 * them into words next to the field (see $lib/forms/error-words.ts).
 */

/** A form's fields as field → first error code, for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const out: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = String(issue.path[0] ?? 'form');
		out[key] ??= issue.message;
	}
	return out;
}

/** Every string value of a form, for putting back what was typed after an error. */
export function formValues(form: FormData): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string' && !(key in out)) out[key] = value;
	return out;
}

const name = (max: number) =>
	z.string().overwrite(withoutDirectionControls).trim().min(1, 'required').max(max, 'too_long');

export const TeamForm = z.object({ name: name(120) });

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
	displayName: name(120),
	firstName: name(60),
	roles: z.array(z.enum(STAFF_ROLES, 'role_invalid')).min(1, 'role_required')
});
export type StaffInput = z.infer<typeof StaffForm>;

const optionalText = (max: number) =>
	z.string().overwrite(withoutDirectionControls).trim().max(max, 'too_long').default('');

export const YoungPersonForm = z.object({
	preferredName: name(60),
	dateOfBirth: z.iso.date('date_invalid'),
	legalStatus: z.enum(LEGAL_STATUSES, 'choose_one'),
	placementType: z.enum(PLACEMENT_TYPES, 'choose_one'),
	caseReference: name(40),
	language: z
		.string()
		.trim()
		.regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'language_invalid'),
	simpleMode: z.enum(['default', 'on', 'off'], 'choose_one'),
	accessibilityNotes: optionalText(1000),
	teamId: z.string().min(1, 'choose_one').max(40, 'choose_one')
});
export type YoungPersonInput = z.infer<typeof YoungPersonForm>;

/** A young person's date of birth must be in the past and under 27 years ago (care leavers to 26). */
export function checkDateOfBirth(dateOfBirth: string, now: Date): string | null {
	const born = new Date(`${dateOfBirth}T00:00:00Z`);
	if (born.getTime() > now.getTime()) return 'date_future';
	const oldest = new Date(Date.UTC(now.getUTCFullYear() - 27, now.getUTCMonth(), now.getUTCDate()));
	return born.getTime() <= oldest.getTime() ? 'date_too_old' : null;
}

/** Destructive actions need the record's name typed again, which works with or without JavaScript. */
export const ConfirmByName = (expected: string) =>
	z.object({
		confirmName: z
			.string()
			.trim()
			.refine((typed) => typed.toLowerCase() === expected.trim().toLowerCase(), 'confirm_name')
	});

export const ConfirmBox = z.object({ confirm: z.literal('yes', 'confirm_box') });
