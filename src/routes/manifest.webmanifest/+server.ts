import { appManifest } from '$lib/app-manifest';
import { prefersDiscreetApp } from '$lib/server/young-people/queries';

/**
 * Served per person, not as a static file: a young person who chose the neutral look must get
 * it on every phone they install Heard on. app.html asks for it with credentials.
 */
export const GET = async ({ locals }) => {
	const discreet = locals.user ? await prefersDiscreetApp(locals.user.id) : false;
	return new Response(JSON.stringify(appManifest(discreet)), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8' }
	});
};
