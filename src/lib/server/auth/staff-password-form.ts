import { fieldErrors } from '$lib/forms/read-form';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, STAFF_MIN_PASSWORD_LENGTH } from './password';
import { refuseWeakPassword } from './password-rule';

/**
 * A new staff password typed twice, as on the set-password and change-password pages;
 * `names` are the account's email address, which the password must not contain.
 */
const newPassword = (names: readonly string[]) =>
	z
		.object({
			next: z
				.string()
				.min(STAFF_MIN_PASSWORD_LENGTH, 'short')
				.max(MAX_PASSWORD_LENGTH, 'long')
				.superRefine(refuseWeakPassword(names)),
			again: z.string().max(MAX_PASSWORD_LENGTH, 'differ')
		})
		.refine((f) => f.next === f.again, { message: 'differ', path: ['again'] });

const withCurrent = (names: readonly string[]) =>
	z
		.object({ current: z.string().min(1, 'wrong').max(MAX_PASSWORD_LENGTH, 'wrong') })
		.and(newPassword(names));

type PasswordErrors = Record<string, 'short' | 'long' | 'differ' | 'wrong' | 'easy' | 'has_name'>;

function read<T>(
	schema: z.ZodType<T>,
	form: FormData
): { ok: true; data: T } | { ok: false; errors: PasswordErrors } {
	const parsed = schema.safeParse(Object.fromEntries(form));
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, errors: fieldErrors(parsed.error, 'next') as PasswordErrors };
}

export const readNewPassword = (form: FormData, names: readonly string[]) =>
	read(newPassword(names), form);
export const readPasswordChange = (form: FormData, names: readonly string[]) =>
	read(withCurrent(names), form);
