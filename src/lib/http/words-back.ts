import { error, fail } from '@sveltejs/kit';
import { onceReached, type Subject } from '$lib/server/staff/lost-reach';

/**
 * A form action's answer when its write found nothing in the sender's reach: their words back,
 * with a 409 (the young person moved on while they typed), to someone who once reached them; a
 * 404 to anyone else, as before. The page's load sees `reachLost` and shows nothing more.
 */
export async function wordsBackOr404<Kept extends Record<string, string>>(
	locals: App.Locals,
	subject: Subject,
	kept: Kept
) {
	if (!locals.user || !(await onceReached(locals.user, subject))) error(404, 'Not found');
	locals.reachLost = true;
	return fail(409, { gone: kept });
}
