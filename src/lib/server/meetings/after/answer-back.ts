import { and, eq, isNull } from 'drizzle-orm';
import { recordAuditEvent, sentBeforeWithKey } from '../../audit';
import { transaction, type Tx } from '../../db';
import { meetingFeedback, meetingReplies, meetings } from '../../db/schema';
import { notifyMeetingAnswered } from '../../notifications/notify';

/*
 * The young person's side of what was decided after their meeting: they see it,
 * answer back and say whether they felt listened to, as with any answer they get.
 */

/** The young person's own meeting that has feedback: they answer and rate only that. */
async function ownMeetingWithFeedback(tx: Tx, youngPersonId: string, meetingId: string) {
	return (
		await tx
			.select({ meetingId: meetingFeedback.meetingId })
			.from(meetingFeedback)
			.innerJoin(meetings, eq(meetingFeedback.meetingId, meetings.id))
			.where(and(eq(meetings.id, meetingId), eq(meetings.youngPersonId, youngPersonId)))
			.limit(1)
	)[0];
}

/** The young person answers back about what was decided; their worker is told without content. */
export async function replyAboutMeetingAsYoungPerson(
	input: {
		youngPersonId: string;
		authorId: string;
		meetingId: string;
		body: string;
		/** The reply form's key: sent twice, it is stored once. */
		idempotencyKey?: string;
	},
	now = new Date()
): Promise<'ok' | 'not_found'> {
	return await transaction(async (tx) => {
		if (!(await ownMeetingWithFeedback(tx, input.youngPersonId, input.meetingId)))
			return 'not_found';
		const key = input.idempotencyKey;
		if (
			key &&
			(await sentBeforeWithKey(tx, 'young_person_replied', { subjectId: input.meetingId }, key)) !==
				null
		)
			return 'ok';
		await tx.insert(meetingReplies).values({
			meetingId: input.meetingId,
			authorId: input.authorId,
			body: input.body,
			createdAt: now
		});
		await recordAuditEvent(
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
		await notifyMeetingAnswered(
			tx,
			{ meetingId: input.meetingId, youngPersonId: input.youngPersonId },
			now
		);
		return 'ok';
	});
}

/** "Did you feel listened to?" about the meeting, as with any answer they get. */
export async function rateMeetingListened(
	youngPersonId: string,
	meetingId: string,
	rating: number,
	now = new Date()
): Promise<'ok' | 'not_found'> {
	return await transaction(async (tx) => {
		if (!(await ownMeetingWithFeedback(tx, youngPersonId, meetingId))) return 'not_found';
		await tx
			.update(meetingFeedback)
			.set({ listenedRating: rating, ratedAt: now })
			.where(eq(meetingFeedback.meetingId, meetingId));
		return 'ok';
	});
}

/** Opening it is seeing it: the home page stops pointing to it. */
export async function markMeetingFeedbackSeen(
	youngPersonId: string,
	meetingId: string,
	now = new Date()
) {
	await transaction(async (tx) => {
		if (!(await ownMeetingWithFeedback(tx, youngPersonId, meetingId))) return;
		await tx
			.update(meetingFeedback)
			.set({ seenAt: now })
			.where(and(eq(meetingFeedback.meetingId, meetingId), isNull(meetingFeedback.seenAt)));
	});
}
