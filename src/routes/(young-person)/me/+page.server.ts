import { shortDate } from '$lib/dates';
import { m } from '$lib/paraglide/messages.js';
import { meetingTypeLabel } from '$lib/words/lists';
import { word } from '$lib/templates/words';
import { listOwnMeetingsWithFeedback } from '$lib/server/meetings/after/queries';
import { findHelloForYoungPerson } from '$lib/server/new-worker/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { acknowledgeNewWorker } from '$lib/server/young-people/mutations';
import { findNewWorkerToAnnounce, findOwnRecord } from '$lib/server/young-people/queries';
import { recentSignInResets } from '$lib/server/young-people/sign-in-resets';
import { listMeetingsAwaitingViews, listOwnUnfinished } from '$lib/server/young-people/things';
import { kindLabel } from '$lib/words/statements';

export const load = async ({ parent, url }) => {
	const { me } = await parent();
	return {
		welcome: url.searchParams.has('welcome'),
		newWorker: await findNewWorkerToAnnounce(me.id),
		hello: await findHelloForYoungPerson(me.id),
		meetingNews: (await listOwnMeetingsWithFeedback(me.id))
			.filter((mt) => mt.seenAt === null)
			.map((mt) => ({ id: mt.id, words: meetingLabel(mt), by: mt.by })),
		signInResets: (await recentSignInResets(me.id)).map((at) => shortDate(at)),
		unfinished: (await listOwnUnfinished(me.id)).map(({ kind, updatedAt }) => ({
			kind,
			words: m.home_unfinished({ kind: kindLabel(kind), date: shortDate(updatedAt) })
		})),
		meetings: (await listMeetingsAwaitingViews(me.id)).map((meeting) => ({
			id: meeting.id,
			words:
				word('meeting_on', {
					type: meetingTypeLabel(meeting.type),
					date: shortDate(meeting.scheduledAt)
				}) ?? ''
		}))
	};
};

export const actions = {
	acknowledgeNewWorker: async ({ locals }) => {
		const me = locals.user && (await findOwnRecord(locals.user));
		if (me) await acknowledgeNewWorker(me.id);
		return { acknowledged: true };
	}
};
