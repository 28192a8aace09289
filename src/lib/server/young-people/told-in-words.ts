import { findOwnMeetingAfter, listOwnMeetingsWithFeedback } from '../meetings/after/queries';
import { listHellosWrittenTo } from '../new-worker/queries';
import { meetingLabel } from '../statements/meeting-words';

/*
 * What a young person was told that was not an answer to a statement: what
 * was decided after each meeting (with how their views counted, which of
 * their requests were agreed, how listened to they said they felt, and the
 * talk about it), and each new worker's hello. Their copy of their words
 * holds it beside what they said, as does a subject-access export. Callers
 * audit the read; this module only gathers, by the young person's own id.
 */

async function meetingsToldAbout(youngPersonId: string) {
	const meetings = (await listOwnMeetingsWithFeedback(youngPersonId)).reverse();
	const told = await Promise.all(
		meetings.map(async ({ id }) => {
			const found = await findOwnMeetingAfter(youngPersonId, id);
			if (!found) return [];
			const { meeting, feedback, requests, thread } = found;
			return [
				{
					id,
					meeting: meetingLabel(meeting),
					decided: feedback.decided,
					viewsCounted: feedback.viewsCounted,
					by: feedback.by,
					at: feedback.updatedAt,
					requests: requests.map(({ question, answer, agreed }) => ({ question, answer, agreed })),
					listenedRating: feedback.listenedRating,
					thread: thread.map((r) => ({
						fromYoungPerson: r.fromYoungPerson,
						from: r.author,
						body: r.body,
						at: r.createdAt
					}))
				}
			];
		})
	);
	return told.flat();
}

export async function toldInWords(youngPersonId: string) {
	return {
		meetings: await meetingsToldAbout(youngPersonId),
		hellos: await listHellosWrittenTo(youngPersonId)
	};
}
export type ToldInWords = Awaited<ReturnType<typeof toldInWords>>;
