import { error } from '@sveltejs/kit';
import { voiceResponse } from '$lib/http/voice-response';
import { currentTime } from '$lib/server/clock';
import { hearVoiceNote } from '$lib/server/voice/hear';

/** A child's voice note, for whoever may read the statement; `?download` saves it as a file. */
export const GET = async ({ locals, params, url }) => {
	const download = url.searchParams.has('download');
	const found = await hearVoiceNote(locals.user!, params.id, params.question, {
		download,
		now: currentTime()
	});
	if (!found) error(404, 'Not found');
	const day = found.sentAt.toISOString().slice(0, 10);
	return voiceResponse(found, download ? { name: `voice-note-${found.kind}-${day}` } : null);
};
