import { fail } from '@sveltejs/kit';
import { asLocale, baseLocale, languageOf } from '$lib/languages';
import { requireRole } from '$lib/http/require-role';
import { languageStatuses } from '$lib/server/languages';
import { switchLanguage } from '$lib/server/languages/mutations';

export const load = async () => ({ languages: await languageStatuses() });

export const actions = {
	default: async ({ request, locals }) => {
		const actor = requireRole(locals.user, 'admin');
		const form = await request.formData();
		const locale = asLocale(form.get('locale'));
		const on = form.get('on') === 'yes';
		if (!locale || locale === baseLocale) return fail(400, { locale: null, confirmNeeded: false });
		// An unreviewed language is turned on only by someone who has read why that is a risk.
		if (on && languageOf(locale).review === null && form.get('confirm') !== 'yes')
			return fail(400, { locale, confirmNeeded: true });
		await switchLanguage(actor, locale, on);
		return { locale, switched: on ? ('on' as const) : ('off' as const) };
	}
};
