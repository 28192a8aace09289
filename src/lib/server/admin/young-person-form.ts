import { YoungPersonForm, checkDateOfBirth, fieldErrors, formValues } from './forms';

/** Reads a young person's record form into checked input, or the values and errors to show again. */
export function readYoungPersonForm(form: FormData, now = new Date()) {
	const values = formValues(form);
	const parsed = YoungPersonForm.safeParse({ ...values, simpleMode: values.simpleMode ?? 'default' });
	if (!parsed.success) return { ok: false as const, values, errors: fieldErrors(parsed.error) };
	const dateError = checkDateOfBirth(parsed.data.dateOfBirth, now);
	if (dateError) return { ok: false as const, values, errors: { dateOfBirth: dateError } };
	return { ok: true as const, values, input: parsed.data };
}
