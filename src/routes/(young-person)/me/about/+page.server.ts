import { fieldErrors } from '$lib/forms/read-form';
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { isCleanText, asTypedText } from '$lib/forms/text';
import { attemptWrite } from '$lib/server/db/attempt-write';
import { saveAboutMe } from '$lib/server/young-people/mutations';
import { findAboutMe, findOwnRecord } from '$lib/server/young-people/queries';

const MAX = 1500;
const words = z
	.string()
	.overwrite(asTypedText)
	.trim()
	.max(MAX, 'too_long')
	.refine(isCleanText, 'bad_characters');
const AboutMeForm = z.object({
	likes: words,
	important: words,
	support: words,
	tiredOfRepeating: words
});

export const load = async ({ parent }) => {
	const { me } = await parent();
	return { about: await findAboutMe(me.id), max: MAX };
};

export const actions = {
	default: async ({ request, locals }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (!me) error(403, 'Forbidden');
		const form = Object.fromEntries(await request.formData());
		const text = (v: unknown) => (typeof v === 'string' ? v : '');
		const values = {
			likes: text(form.likes),
			important: text(form.important),
			support: text(form.support),
			tiredOfRepeating: text(form.tiredOfRepeating)
		};
		const parsed = AboutMeForm.safeParse(values);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { values, errors });
		}
		if (!(await attemptWrite(() => saveAboutMe(me.id, parsed.data))).stored)
			return fail(503, { values, notSaved: true });
		return { saved: true };
	}
};
