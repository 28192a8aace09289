import { theRow } from '../../db/rows';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../../audit';
import { transaction, type Tx } from '../../db';
import {
	meetingFeedback,
	meetingReplies,
	meetings,
	statements,
	youngPeople
} from '../../db/schema';
import { notifyYoungPerson } from '../../notifications/notify';
import { visibleYoungPeople } from '../../staff/scope';
import { answersInWords } from '../../statements/reader';
import { requestsIn } from './requests';

/** The meeting if this member of staff may write about it: open records only. */
async function visibleMeeting(tx: Tx, actor: SessionUser, meetingId: string) {
	return (
		await tx
			.select({ meeting: meetings })
			.from(meetings)
			.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
			.where(and(eq(meetings.id, meetingId), visibleYoungPeople(actor)))
			.limit(1)
	)[0]?.meeting;
}

/** The request keys a meeting's feedback may tick: only the young person's own requests for it. */
async function requestKeysOf(tx: Tx, meeting: typeof meetings.$inferSelect): Promise<Set<string>> {
	const sent = await tx
		.select()
		.from(statements)
		.where(
			and(eq(statements.meetingId, meeting.id), eq(statements.youngPersonId, meeting.youngPersonId))
		);
	const read = sent.map((s) => ({ statement: s, answers: answersInWords(s, meeting) }));
	return new Set(requestsIn(read).map((r) => r.key));
}

interface Feedback {
	meetingId: string;
	decided: string;
	viewsCounted: string;
	agreed: string[];
}

type FeedbackResult = 'ok' | 'unchanged' | 'not_found' | 'not_yet' | 'cancelled';

/**
 * What was decided and how the young person's views counted, and which of
 * their requests were agreed, recorded once the meeting has happened; the
 * young person is told (in their app; they have no email in Heard). A change
 * tells them again; a resent form changes nothing.
 */
export async function recordMeetingFeedback(
	actor: SessionUser,
	input: Feedback,
	now = new Date()
): Promise<FeedbackResult> {
	return await transaction(async (tx): Promise<FeedbackResult> => {
		const meeting = await visibleMeeting(tx, actor, input.meetingId);
		if (!meeting) return 'not_found';
		if (meeting.cancelledAt) return 'cancelled';
		if (meeting.scheduledAt.getTime() > now.getTime()) return 'not_yet';
		const allowed = await requestKeysOf(tx, meeting);
		const agreed = [...new Set(input.agreed)].filter((k) => allowed.has(k)).sort();
		const earlier = (
			await tx
				.select()
				.from(meetingFeedback)
				.where(eq(meetingFeedback.meetingId, meeting.id))
				.limit(1)
		)[0];
		const same =
			earlier &&
			earlier.decided === input.decided &&
			earlier.viewsCounted === input.viewsCounted &&
			JSON.stringify(earlier.agreedRequests) === JSON.stringify(agreed);
		if (same) return 'unchanged';
		const words = { decided: input.decided, viewsCounted: input.viewsCounted };
		await tx
			.insert(meetingFeedback)
			.values({
				meetingId: meeting.id,
				...words,
				agreedRequests: agreed,
				recordedBy: actor.id,
				recordedAt: now,
				updatedAt: now
			})
			// The first time told stays (the influence measure counts from it); a change is new to the young person.
			.onConflictDoUpdate({
				target: meetingFeedback.meetingId,
				set: {
					...words,
					agreedRequests: agreed,
					recordedBy: actor.id,
					updatedAt: now,
					seenAt: null
				}
			});
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'meeting_feedback_recorded',
				subjectType: 'meeting',
				subjectId: meeting.id,
				youngPersonId: meeting.youngPersonId,
				detail: { agreed: agreed.length, of: allowed.size, changed: !!earlier }
			},
			now
		);
		await notifyYoungPerson(tx, meeting.youngPersonId, 'meeting_feedback', null, now);
		return 'ok';
	});
}

/**
 * A worker answers the young person in the meeting's thread; a resent form (same key) stores one
 * reply. The thread hangs from what was decided: before that is recorded the young person has
 * no page to read a reply on, so none is taken.
 */
export async function replyAboutMeetingAsStaff(
	actor: SessionUser,
	input: { meetingId: string; body: string; idempotencyKey: string },
	now = new Date()
): Promise<'ok' | 'duplicate' | 'not_found' | 'no_feedback'> {
	return await transaction(async (tx) => {
		const meeting = await visibleMeeting(tx, actor, input.meetingId);
		if (!meeting) return 'not_found';
		const decided = (
			await tx
				.select({ id: meetingFeedback.meetingId })
				.from(meetingFeedback)
				.where(eq(meetingFeedback.meetingId, meeting.id))
				.limit(1)
		)[0];
		if (!decided) return 'no_feedback';
		if (
			(await sentBeforeWithKey(
				tx,
				'staff_replied',
				{ subjectId: meeting.id },
				input.idempotencyKey
			)) !== null
		)
			return 'duplicate';
		const reply = theRow(
			await tx
				.insert(meetingReplies)
				.values({ meetingId: meeting.id, authorId: actor.id, body: input.body, createdAt: now })
				.returning({ id: meetingReplies.id })
		);
		await recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'staff_replied',
				subjectType: 'meeting',
				subjectId: meeting.id,
				youngPersonId: meeting.youngPersonId,
				detail: { key: input.idempotencyKey, replyId: reply.id }
			},
			now
		);
		await notifyYoungPerson(tx, meeting.youngPersonId, 'meeting_feedback', null, now);
		return 'ok';
	});
}
