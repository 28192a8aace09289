import { error } from '@sveltejs/kit';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { takeOwnWords } from '$lib/server/young-people/own-words';
import { ownWordsAsText } from '$lib/server/young-people/own-words-text';

export const GET = async ({ locals }) => {
	const me = locals.user ? await findOwnRecord(locals.user) : null;
	if (!me || !locals.user) error(403, 'Forbidden');
	const text = ownWordsAsText(await takeOwnWords(me.id, locals.user.id, 'text'), me.preferredName);
	return new Response(text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': 'attachment; filename="my-words.txt"'
		}
	});
};
