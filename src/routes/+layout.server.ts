import { getLocale } from '$lib/paraglide/runtime.js';
import { prefersDiscreetApp } from '$lib/server/young-people/queries';

// A server load at the root, on purpose: SvelteKit answers a page whose data it cannot fetch (no
// signal) by loading that page in full, which the service worker then serves as it was last
// kept, with its offline note (docs/adr/0032), instead of an error page. It carries the page's
// language as the server drew it; the layout reloads a page whose language changed under a
// navigation made by script (a sign-in, a new choice), so no page is drawn half in each.
// Whether a young person is signed in, for the error page drawn outside every group's layout:
// theirs keeps Quick exit wherever the mistyped address was (src/routes/+error.svelte).
// Whether they chose to call Heard "Notes": every page's title then says only that (PageTitle).
export const load = async ({ locals }) => {
	const youngPerson = locals.user?.roles.includes('young_person') ?? false;
	return {
		locale: getLocale(),
		youngPerson,
		discreet: youngPerson && locals.user ? await prefersDiscreetApp(locals.user.id) : false
	};
};
