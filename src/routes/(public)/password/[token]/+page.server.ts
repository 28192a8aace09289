import { fail } from '@sveltejs/kit';
import { findUsablePasswordLink, setPasswordWithLink } from '$lib/server/auth/password-links';
import { readNewPassword } from '$lib/server/auth/password-forms';

/**
 * A "set your password" link from an email or the admin:create command.
 * Opening it changes nothing (mail scanners open links); only the form does.
 */
export const load = async ({ params, setHeaders }) => {
	// The address holds the secret: never kept in a cache.
	setHeaders({ 'cache-control': 'no-store' });
	const link = await findUsablePasswordLink(params.token);
	return { link: link ? { email: link.email ?? '' } : null };
};

export const actions = {
	default: async ({ params, request }) => {
		// The email is read first so the password can be checked against it; using the link checks again.
		const link = await findUsablePasswordLink(params.token);
		if (!link) return fail(410, { unusable: true });
		const read = readNewPassword(await request.formData(), link.email ? [link.email] : []);
		if (!read.ok) return fail(400, { errors: read.errors });
		const result = await setPasswordWithLink(params.token, read.data.next);
		if (result === 'link_unusable') return fail(410, { unusable: true });
		return { set: true };
	}
};
