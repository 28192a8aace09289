import { error } from '@sveltejs/kit';
import { voiceResponse } from '$lib/http/voice-response';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { findOwnStatementRecording } from '$lib/server/voice/queries';

/** A voice note the young person sent: theirs to hear again and to save (their words, ADR 37). */
export const GET = async ({ locals, params, url }) => {
	const me = locals.user && (await findOwnRecord(locals.user));
	if (!me) error(403, 'Forbidden');
	const found = await findOwnStatementRecording(me.id, params.id, params.question);
	if (!found) error(404, 'Not found');
	const day = found.sentAt.toISOString().slice(0, 10);
	return voiceResponse(
		found,
		url.searchParams.has('download') ? { name: `my-voice-note-${day}` } : null
	);
};
