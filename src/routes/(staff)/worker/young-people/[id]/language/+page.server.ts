import { error, fail } from '@sveltejs/kit';
import { LANGUAGES, asLocale, type Locale } from '$lib/languages';
import { requireRole } from '$lib/http/require-role';
import { enabledLocales } from '$lib/server/languages';
import { setLanguageOnRecord } from '$lib/server/languages/mutations';
import { findVisibleYoungPerson } from '$lib/server/staff/scope-prepared';

async function personOf(actor: App.Locals['user'], youngPersonId: string) {
	const person = await findVisibleYoungPerson(actor!, youngPersonId);
	if (!person) error(404, 'Not found');
	return person;
}

export const load = async ({ locals, params }) => {
	const person = await personOf(locals.user, params.id);
	const enabled = await enabledLocales();
	return {
		person: { id: person.id, preferredName: person.preferredName },
		current: asLocale(person.language) ?? 'en',
		languages: LANGUAGES.map((l) => ({
			locale: l.locale,
			name: l.name,
			dir: l.dir,
			on: enabled.has(l.locale)
		}))
	};
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const actor = requireRole(locals.user, 'worker', 'manager');
		await personOf(actor, params.id);
		const locale: Locale | null = asLocale((await request.formData()).get('locale'));
		if (!locale) return fail(400, { chooseError: true });
		const result = await setLanguageOnRecord(actor, params.id, locale);
		if (result === 'not_found') error(404, 'Not found');
		return { result, locale, on: (await enabledLocales()).has(locale) };
	}
};
