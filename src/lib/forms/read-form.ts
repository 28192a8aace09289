import type { z } from 'zod';

/**
 * One way to read a form: its zod shape checks it, and anything wrong comes
 * back as field → error code, with every typed value, for the page to show
 * beside each field. Services and routes share it; routes turn a failure into
 * fail(400) (ADR 0023).
 */

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

export type FormRead<T> =
	| { ok: true; data: T; values: FormValues }
	| { ok: false; errors: FieldErrors; values: FormValues };

/**
 * A form's fields as field → error code. When one field has several problems,
 * the first zod reports wins: zod reports a field's checks in the order its
 * shape declares them, so shapes declare the basic one first (there at all,
 * then length, then form), and the person fixes one thing at a time.
 * A problem with no field (a check across fields) goes under `whole`.
 */
export function fieldErrors(error: z.ZodError, whole = 'form'): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of error.issues) errors[String(issue.path[0] ?? whole)] ??= issue.message;
	return errors;
}

/** Every string value of a form, the first of any repeated name, for putting back what was typed. */
export function formValues(form: FormData | Record<string, unknown>): FormValues {
	const values: FormValues = {};
	const entries = form instanceof FormData ? [...form] : Object.entries(form);
	for (const [key, value] of entries)
		if (typeof value === 'string' && !(key in values)) values[key] = value;
	return values;
}

/** Checks a form (FormData, or its fields as an object) against its shape. */
export function readForm<S extends z.ZodType>(
	shape: S,
	form: FormData | Record<string, unknown>,
	whole = 'form'
): FormRead<z.output<S>> {
	const values = formValues(form);
	const input = form instanceof FormData ? Object.fromEntries(form) : form;
	const parsed = shape.safeParse(input);
	if (parsed.success) return { ok: true, data: parsed.data, values };
	return { ok: false, errors: fieldErrors(parsed.error, whole), values };
}
