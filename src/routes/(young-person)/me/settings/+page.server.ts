import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { changePassword, signInNames } from '$lib/server/auth/change-password';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { refuseWeakPassword } from '$lib/server/auth/password-rule';
import { saveLowData, savePreferences } from '$lib/server/young-people/mutations';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { languagesToChoose } from '$lib/server/languages';
import { vapidKeys } from '$lib/server/push/keys';
import { pushIsOn, turnOffPush } from '$lib/server/push/subscriptions';

const PreferencesForm = z.object({
	textSize: z.enum(['normal', 'large', 'larger']),
	simpleMode: z.enum(['on', 'off']).transform((v) => v === 'on'),
	readAloud: z.enum(['on', 'off']).transform((v) => v === 'on'),
	discreetApp: z.enum(['on', 'off']).transform((v) => v === 'on')
});

const LowDataForm = z.object({ lowData: z.enum(['on', 'off']) });

/** `names`: the young person's username, which the new password must not hold. */
const passwordForm = (names: readonly string[]) =>
	z
		.object({
			current: z.string().min(1, 'wrong').max(MAX_PASSWORD_LENGTH, 'wrong'),
			next: z
				.string()
				.min(MIN_PASSWORD_LENGTH, 'short')
				.max(MAX_PASSWORD_LENGTH, 'long')
				.superRefine(refuseWeakPassword(names)),
			again: z.string().max(MAX_PASSWORD_LENGTH, 'differ')
		})
		.refine((f) => f.next === f.again, { message: 'differ', path: ['again'] });

async function me(locals: App.Locals) {
	const record = locals.user && (await findOwnRecord(locals.user));
	if (!record || !locals.user || !locals.session) error(403, 'Forbidden');
	return { record, user: locals.user, session: locals.session };
}

export async function load({ locals }) {
	const { session } = await me(locals);
	return {
		languages: (await languagesToChoose()).map(({ locale, name, dir }) => ({ locale, name, dir })),
		push: { on: await pushIsOn(session.id), publicKey: (await vapidKeys()).publicKey }
	};
}

export const actions = {
	pushOff: async ({ locals }) => {
		const { user, session } = await me(locals);
		await turnOffPush(user.id, session.id);
		return { pushTurnedOff: true };
	},
	preferences: async ({ request, locals }) => {
		const { record } = await me(locals);
		const parsed = PreferencesForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { preferencesError: true });
		await savePreferences(record.id, parsed.data);
		return { preferencesSaved: true };
	},
	lowData: async ({ request, locals }) => {
		const { record } = await me(locals);
		const parsed = LowDataForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { lowDataError: true });
		await saveLowData(record.id, parsed.data.lowData === 'on');
		return { lowDataSaved: parsed.data.lowData };
	},
	password: async ({ request, locals }) => {
		const { user, session } = await me(locals);
		const parsed = passwordForm(await signInNames(user.id)).safeParse(
			Object.fromEntries(await request.formData())
		);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { passwordErrors: errors as Record<string, string> });
		}
		const result = await changePassword(user.id, session.id, parsed.data.current, parsed.data.next);
		if (result === 'wrong_password')
			return fail(400, { passwordErrors: { current: 'wrong' } as Record<string, string> });
		if (result === 'too_many_tries')
			return fail(429, { passwordErrors: { current: 'too_many' } as Record<string, string> });
		return { passwordChanged: true };
	}
};
