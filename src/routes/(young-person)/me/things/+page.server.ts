import { shortDate } from '$lib/dates';
import { listOwnMeetingsWithFeedback } from '$lib/server/meetings/after/queries';
import { meetingLabel } from '$lib/server/statements/meeting-words';
import { listOwnStatements } from '$lib/server/young-people/words';

export const load = async ({ parent }) => {
	const { me } = await parent();
	return {
		things: await listOwnStatements(me.id),
		meetings: (await listOwnMeetingsWithFeedback(me.id)).map((mt) => ({
			id: mt.id,
			words: meetingLabel(mt),
			by: mt.by,
			date: shortDate(mt.recordedAt),
			isNew: mt.seenAt === null
		}))
	};
};
