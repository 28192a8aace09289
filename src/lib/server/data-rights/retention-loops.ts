import { inArray } from 'drizzle-orm';
import type { Tx } from '../db';
import {
	handoverNotes,
	meetingFeedback,
	meetingReplies,
	meetings,
	workerHellos
} from '../db/schema';

/**
 * The words around meetings and worker changes of records archived longer
 * than the retention period go with their About me: what was decided and how
 * their views counted, the answers about it, hellos and handover notes.
 * The rows stay (dates and ratings feed the reports); the words are blanked.
 */
export async function forgetLoopWords(tx: Tx, youngPersonIds: string[]): Promise<void> {
	const theirMeetings = tx
		.select({ id: meetings.id })
		.from(meetings)
		.where(inArray(meetings.youngPersonId, youngPersonIds));
	await tx
		.update(meetingFeedback)
		.set({ decided: '', viewsCounted: '', agreedRequests: [] })
		.where(inArray(meetingFeedback.meetingId, theirMeetings));
	await tx
		.update(meetingReplies)
		.set({ body: '' })
		.where(inArray(meetingReplies.meetingId, theirMeetings));
	await tx
		.update(workerHellos)
		.set({ whoIAm: '', howToReach: '', whenWeMeet: '' })
		.where(inArray(workerHellos.youngPersonId, youngPersonIds));
	await tx
		.update(handoverNotes)
		.set({ body: '' })
		.where(inArray(handoverNotes.youngPersonId, youngPersonIds));
}
