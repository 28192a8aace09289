import { z } from 'zod';
import { locales } from '$lib/paraglide/runtime.js';
import { optionalText, requiredText } from '$lib/forms/fields';
import { LEGAL_STATUSES, PLACEMENT_TYPES } from '$lib/vocabulary';
import { fieldErrors, formValues } from '$lib/forms/read-form';

/** The young person's record form. Messages are error codes, as in the staff forms. */

export const YoungPersonForm = z.object({
	preferredName: requiredText(60),
	dateOfBirth: z.iso.date('date_invalid'),
	legalStatus: z.enum(LEGAL_STATUSES, 'choose_one'),
	placementType: z.enum(PLACEMENT_TYPES, 'choose_one'),
	caseReference: requiredText(40),
	language: z.enum(locales, 'language_invalid'),
	simpleMode: z.enum(['default', 'on', 'off'], 'choose_one'),
	accessibilityNotes: optionalText(1000),
	teamId: z.string().min(1, 'choose_one').max(40, 'choose_one'),
	// Ticked when told another record has the same case reference: "this is someone else".
	sameReference: z
		.string()
		.optional()
		.transform((ticked) => ticked === 'yes')
});
/** What the services take: a caller that is not the form need not say anything of a shared reference. */
export type YoungPersonInput = Omit<z.infer<typeof YoungPersonForm>, 'sameReference'> & {
	sameReference?: boolean;
};

/** A young person's date of birth must be in the past and under 27 years ago (care leavers to 26). */
export function checkDateOfBirth(dateOfBirth: string, now: Date): string | null {
	const born = new Date(`${dateOfBirth}T00:00:00Z`);
	if (born.getTime() > now.getTime()) return 'date_future';
	const oldest = new Date(Date.UTC(now.getUTCFullYear() - 27, now.getUTCMonth(), now.getUTCDate()));
	return born.getTime() <= oldest.getTime() ? 'date_too_old' : null;
}

/** Reads a young person's record form into checked input, or the values and every error to show again. */
export function readYoungPersonForm(form: FormData, now = new Date()) {
	const values = formValues(form);
	const parsed = YoungPersonForm.safeParse({
		...values,
		simpleMode: values.simpleMode ?? 'default'
	});
	const errors = parsed.success ? {} : fieldErrors(parsed.error);
	// The date's range is checked even when other fields are wrong, so every mistake shows at once.
	const dateError = /^\d{4}-\d{2}-\d{2}$/.test(values.dateOfBirth ?? '')
		? checkDateOfBirth(values.dateOfBirth!, now)
		: null;
	if (dateError) errors.dateOfBirth ??= dateError;
	if (!parsed.success || dateError) return { ok: false as const, values, errors };
	return { ok: true as const, values, input: parsed.data };
}
