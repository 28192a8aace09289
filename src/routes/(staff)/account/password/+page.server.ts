import { error, fail } from '@sveltejs/kit';
import { changePassword, signInNames } from '$lib/server/auth/change-password';
import { readPasswordChange } from '$lib/server/auth/password-forms';

export const actions = {
	default: async ({ request, locals }) => {
		if (!locals.user || !locals.session) error(403, 'Forbidden');
		const read = readPasswordChange(await request.formData(), await signInNames(locals.user.id));
		if (!read.ok) return fail(400, { errors: read.errors });
		const result = await changePassword(
			locals.user.id,
			locals.session.id,
			read.data.current,
			read.data.next
		);
		if (result !== 'changed') {
			const why = result === 'wrong_password' ? ('wrong' as const) : ('too_many' as const);
			return fail(result === 'wrong_password' ? 400 : 429, { errors: { current: why } });
		}
		return { changed: true };
	}
};
