import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent, sentBeforeWithKey } from '../../audit';
import { db, type Tx } from '../../db';
import { meetingFeedback, meetingReplies, meetings } from '../../db/schema';
import { notifyMeetingAnswered } from '../../notifications/notify';

/*
 * The young person's side of what was decided after their meeting: they see it,
 * answer back and say whether they felt listened to, as with any answer they get.
 */

/** The young person's own meeting that has feedback: they answer and rate only that. */
function ownMeetingWithFeedback(tx: Tx, youngPersonId: string, meetingId: string) {
	return tx
		.select({ meetingId: meetingFeedback.meetingId })
		.from(meetingFeedback)
		.innerJoin(meetings, eq(meetingFeedback.meetingId, meetings.id))
		.where(and(eq(meetings.id, meetingId), eq(meetings.youngPersonId, youngPersonId)))
		.get();
}

/** The young person answers back about what was decided; their worker is told without content. */
export function replyAboutMeetingAsYoungPerson(
	input: {
		youngPersonId: string;
		authorId: string;
		meetingId: string;
		body: string;
		/** The reply form's key: sent twice, it is stored once. */
		idempotencyKey?: string;
	},
	now = new Date()
): 'ok' | 'not_found' {
	return db().transaction((tx) => {
		if (!ownMeetingWithFeedback(tx, input.youngPersonId, input.meetingId)) return 'not_found';
		const key = input.idempotencyKey;
		if (
			key &&
			sentBeforeWithKey(tx, 'young_person_replied', { subjectId: input.meetingId }, key) !== null
		)
			return 'ok';
		tx.insert(meetingReplies)
			.values({
				meetingId: input.meetingId,
				authorId: input.authorId,
				body: input.body,
				createdAt: now
			})
			.run();
		recordAuditEvent(
			tx,
			{
				actorId: input.authorId,
				action: 'young_person_replied',
				subjectType: 'meeting',
				subjectId: input.meetingId,
				youngPersonId: input.youngPersonId,
				detail: key ? { key } : undefined
			},
			now
		);
		notifyMeetingAnswered(
			tx,
			{ meetingId: input.meetingId, youngPersonId: input.youngPersonId },
			now
		);
		return 'ok';
	});
}

/** "Did you feel listened to?" about the meeting, as with any answer they get. */
export function rateMeetingListened(
	youngPersonId: string,
	meetingId: string,
	rating: number,
	now = new Date()
): 'ok' | 'not_found' {
	return db().transaction((tx) => {
		if (!ownMeetingWithFeedback(tx, youngPersonId, meetingId)) return 'not_found';
		tx.update(meetingFeedback)
			.set({ listenedRating: rating, ratedAt: now })
			.where(eq(meetingFeedback.meetingId, meetingId))
			.run();
		return 'ok';
	});
}

/** Opening it is seeing it: the home page stops pointing to it. */
export function markMeetingFeedbackSeen(
	youngPersonId: string,
	meetingId: string,
	now = new Date()
) {
	db().transaction((tx) => {
		if (!ownMeetingWithFeedback(tx, youngPersonId, meetingId)) return;
		tx.update(meetingFeedback)
			.set({ seenAt: now })
			.where(and(eq(meetingFeedback.meetingId, meetingId), isNull(meetingFeedback.seenAt)))
			.run();
	});
}
