import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { changePassword, signInNames } from '$lib/server/auth/change-password';
import { MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { readPasswordChange } from '$lib/server/auth/password-forms';
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
		const read = readPasswordChange(
			await request.formData(),
			await signInNames(user.id),
			MIN_PASSWORD_LENGTH
		);
		if (!read.ok) return fail(400, { passwordErrors: read.errors as Record<string, string> });
		const result = await changePassword(user.id, session.id, read.data.current, read.data.next);
		if (result === 'wrong_password')
			return fail(400, { passwordErrors: { current: 'wrong' } as Record<string, string> });
		if (result === 'too_many_tries')
			return fail(429, { passwordErrors: { current: 'too_many' } as Record<string, string> });
		return { passwordChanged: true };
	}
};
