import { fieldErrors } from '$lib/forms/read-form';
import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { homeFor } from '$lib/server/auth/access';
import { activateAccount } from '$lib/server/auth/activation';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { refuseWeakPassword } from '$lib/server/auth/password-rule';
import {
	createSession,
	generateSessionToken,
	setSessionCookie,
	validateSessionToken
} from '$lib/server/auth/session';
import { asLocale } from '$lib/languages';
import { enabledLocales } from '$lib/server/languages';
import { LANGUAGE_COOKIE } from '$lib/server/languages/choose';
import { chooseLanguage } from '$lib/server/languages/mutations';
import { findOwnRecord } from '$lib/server/young-people/queries';

/** `username`: the one typed on the form, which the password must not hold. */
const activationForm = (username: string) =>
	z
		.object({
			code: z.string().trim().min(1, 'code_missing').max(40, 'unknown_code'),
			username: z
				.string()
				.trim()
				.regex(/^[a-zA-Z0-9._-]{3,30}$/, 'username_invalid'),
			password: z
				.string()
				.min(MIN_PASSWORD_LENGTH, 'password_short')
				.max(MAX_PASSWORD_LENGTH, 'password_long')
				.superRefine(refuseWeakPassword([username], 'password_')),
			passwordAgain: z.string().max(MAX_PASSWORD_LENGTH, 'passwords_differ')
		})
		.refine((f) => f.password === f.passwordAgain, {
			message: 'passwords_differ',
			path: ['passwordAgain']
		});

type ActivationError =
	| 'code_missing'
	| 'unknown_code'
	| 'code_used'
	| 'code_expired'
	| 'code_replaced'
	| 'too_many_tries'
	| 'too_many_names'
	| 'code_worn_out'
	| 'username_invalid'
	| 'username_taken'
	| 'password_short'
	| 'password_long'
	| 'password_easy'
	| 'password_has_name'
	| 'passwords_differ';

const ABOUT_THE_USERNAME: ReadonlySet<string> = new Set(['username_taken', 'too_many_names']);
const TOO_MANY_TRIES: ReadonlySet<string> = new Set([
	'too_many_tries',
	'too_many_names',
	'code_worn_out'
]);

export const actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = Object.fromEntries(await request.formData());
		const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
		// Typed values come back so nothing has to be typed twice; passwords never do.
		const values = { code: text(form.code, 40), username: text(form.username, 30) };

		const parsed = activationForm(values.username.trim()).safeParse(form);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error) as Partial<Record<string, ActivationError>>;
			return fail(400, { values, errors });
		}
		const result = await activateAccount(parsed.data, new Date(), getClientAddress());
		if (!result.ok) {
			// Said beside the username while names are being tried; beside the code otherwise.
			const field = ABOUT_THE_USERNAME.has(result.reason) ? 'username' : 'code';
			return fail(TOO_MANY_TRIES.has(result.reason) ? 429 : 400, {
				values,
				errors: { [field]: result.reason } as Partial<Record<string, ActivationError>>
			});
		}
		const token = generateSessionToken();
		const session = await createSession(
			token,
			result.userId,
			new Date(),
			request.headers.get('user-agent')
		);
		setSessionCookie(cookies, token, session.expiresAt, url.protocol === 'https:');
		const { user } = await validateSessionToken(token);
		// The language chosen on this page before there was an account becomes the young person's own.
		const chosen = asLocale(cookies.get(LANGUAGE_COOKIE));
		const record = user && (await findOwnRecord(user));
		if (record && chosen && (await enabledLocales()).has(chosen))
			await chooseLanguage(record.id, chosen);
		// A replaced sign-in is told on the home page itself (recentSignInResets), not welcomed.
		redirect(303, user ? `${homeFor(user)}${result.reset ? '' : '?welcome=1'}` : '/');
	}
};
