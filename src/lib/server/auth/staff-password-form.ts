import { fieldErrors } from '$lib/forms/read-form';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, STAFF_MIN_PASSWORD_LENGTH } from './password';

/** A new staff password typed twice, as on the set-password and change-password pages. */
const NewPassword = z
	.object({
		next: z.string().min(STAFF_MIN_PASSWORD_LENGTH, 'short').max(MAX_PASSWORD_LENGTH, 'long'),
		again: z.string().max(MAX_PASSWORD_LENGTH, 'differ')
	})
	.refine((f) => f.next === f.again, { message: 'differ', path: ['again'] });

const WithCurrent = z
	.object({ current: z.string().min(1, 'wrong').max(MAX_PASSWORD_LENGTH, 'wrong') })
	.and(NewPassword);

type PasswordErrors = Record<string, 'short' | 'long' | 'differ' | 'wrong'>;

function read<T>(
	schema: z.ZodType<T>,
	form: FormData
): { ok: true; data: T } | { ok: false; errors: PasswordErrors } {
	const parsed = schema.safeParse(Object.fromEntries(form));
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, errors: fieldErrors(parsed.error, 'next') as PasswordErrors };
}

export const readNewPassword = (form: FormData) => read(NewPassword, form);
export const readPasswordChange = (form: FormData) => read(WithCurrent, form);
