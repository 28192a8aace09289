import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages.js';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { ownWordsAsText, takeOwnWords } from '$lib/server/young-people/own-words';

export const GET = ({ locals }) => {
	const me = locals.user ? findOwnRecord(locals.user) : null;
	if (!me || !locals.user) error(403, 'Forbidden');
	const said = takeOwnWords(me.id, locals.user.id, 'text');
	const text = ownWordsAsText(said, {
		title: m.adm_me_words_file_title({ name: me.preferredName }),
		you: m.adm_me_words_you(),
		outcome: m.adm_me_words_outcome(),
		removed: m.adm_me_words_removed(),
		voice: m.adm_me_words_voice_where()
	});
	return new Response(text, {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'content-disposition': 'attachment; filename="my-words.txt"'
		}
	});
};
