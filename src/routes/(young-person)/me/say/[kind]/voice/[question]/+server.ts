import { error } from '@sveltejs/kit';
import { voiceResponse } from '$lib/http/voice-response';
import { templateForYoungPerson } from '$lib/server/say/form-model';
import { findOwnRecord } from '$lib/server/young-people/queries';
import { findOwnDraftRecording } from '$lib/server/voice/queries';

/** The recording kept on the young person's own unfinished form, to listen back to. */
export const GET = async ({ locals, params }) => {
	const me = locals.user && (await findOwnRecord(locals.user));
	if (!me) error(403, 'Forbidden');
	const template = templateForYoungPerson(params.kind, me.isCareLeaver);
	const kept = template && (await findOwnDraftRecording(me.id, template.id, params.question));
	if (!kept) error(404, 'Not found');
	return voiceResponse(kept, null);
};
