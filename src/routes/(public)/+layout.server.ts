import { homeFor } from '$lib/server/auth/access';
import { languagesToChoose } from '$lib/server/languages';

export const load = async ({ locals }) => ({
	home: locals.user ? homeFor(locals.user) : null,
	// Help is public, but a young person reading it keeps their own menu and their way out.
	youngPerson: locals.user?.roles.includes('young_person') ?? false,
	// Before signing in, a language is chosen on the page itself; after, in one's own settings.
	languages: locals.user
		? []
		: (await languagesToChoose()).map(({ locale, name, dir }) => ({ locale, name, dir }))
});
