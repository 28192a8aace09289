import type { RequestEvent } from '@sveltejs/kit';
import { KEPT_FOR_HEADER, isKeptPage } from '$lib/offline/kept-pages';
import { findOwnRecordId } from '$lib/server/young-people/queries';

/**
 * Marks a young person's own page that their phone may keep to open with no signal, with whose
 * it is: the service worker keeps only pages so marked, in a cache it empties on sign-out and
 * quick exit (docs/adr/0032). Every other signed-in page stays uncached.
 */
export async function markKeptPage(event: RequestEvent, response: Response): Promise<void> {
	const owner = await keptPageOwner(event, response);
	if (owner) response.headers.set(KEPT_FOR_HEADER, owner);
}

async function keptPageOwner(event: RequestEvent, response: Response): Promise<string | null> {
	const user = event.locals.user;
	if (!user?.roles.includes('young_person') || event.request.method !== 'GET') return null;
	if (event.isDataRequest || response.status !== 200 || !isKeptPage(event.url.pathname))
		return null;
	if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return null;
	return await findOwnRecordId(user.id);
}
