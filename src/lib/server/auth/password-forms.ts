import { fieldErrors } from '$lib/forms/read-form';
import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, STAFF_MIN_PASSWORD_LENGTH } from './password';
import { refuseWeakPassword } from './password-rule';

/**
 * A new password typed twice, as on the set-password and change-password pages of staff and
 * young people alike. `names` are the account's username or email, which the password must not
 * hold; `minLength` is staff's unless a young person's is asked for.
 */
const newPassword = (names: readonly string[], minLength: number) =>
	z
		.object({
			next: z
				.string()
				.min(minLength, 'short')
				.max(MAX_PASSWORD_LENGTH, 'long')
				.superRefine(refuseWeakPassword(names)),
			again: z.string().max(MAX_PASSWORD_LENGTH, 'differ')
		})
		.refine((f) => f.next === f.again, { message: 'differ', path: ['again'] });

const withCurrent = (names: readonly string[], minLength: number) =>
	z
		.object({ current: z.string().min(1, 'wrong').max(MAX_PASSWORD_LENGTH, 'wrong') })
		.and(newPassword(names, minLength));

type PasswordErrors = Record<string, 'short' | 'long' | 'differ' | 'wrong' | 'easy' | 'has_name'>;

function read<T>(
	schema: z.ZodType<T>,
	form: FormData
): { ok: true; data: T } | { ok: false; errors: PasswordErrors } {
	const parsed = schema.safeParse(Object.fromEntries(form));
	if (parsed.success) return { ok: true, data: parsed.data };
	return { ok: false, errors: fieldErrors(parsed.error, 'next') as PasswordErrors };
}

export const readNewPassword = (
	form: FormData,
	names: readonly string[],
	minLength = STAFF_MIN_PASSWORD_LENGTH
) => read(newPassword(names, minLength), form);
export const readPasswordChange = (
	form: FormData,
	names: readonly string[],
	minLength = STAFF_MIN_PASSWORD_LENGTH
) => read(withCurrent(names, minLength), form);
