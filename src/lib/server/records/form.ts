import { YoungPersonForm, checkDateOfBirth, fieldErrors, formValues } from '../accounts/forms';

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
