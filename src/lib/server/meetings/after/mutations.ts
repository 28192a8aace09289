import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { recordAuditEvent, sentBeforeWithKey } from '../../audit';
import { db, type Tx } from '../../db';
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
function visibleMeeting(tx: Tx, actor: SessionUser, meetingId: string) {
	return tx
		.select({ meeting: meetings })
		.from(meetings)
		.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
		.where(and(eq(meetings.id, meetingId), visibleYoungPeople(actor)))
		.get()?.meeting;
}

/** The request keys a meeting's feedback may tick: only the young person's own requests for it. */
function requestKeysOf(tx: Tx, meeting: typeof meetings.$inferSelect): Set<string> {
	const sent = tx
		.select()
		.from(statements)
		.where(
			and(eq(statements.meetingId, meeting.id), eq(statements.youngPersonId, meeting.youngPersonId))
		)
		.all();
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
export function recordMeetingFeedback(
	actor: SessionUser,
	input: Feedback,
	now = new Date()
): FeedbackResult {
	return db().transaction((tx): FeedbackResult => {
		const meeting = visibleMeeting(tx, actor, input.meetingId);
		if (!meeting) return 'not_found';
		if (meeting.cancelledAt) return 'cancelled';
		if (meeting.scheduledAt.getTime() > now.getTime()) return 'not_yet';
		const allowed = requestKeysOf(tx, meeting);
		const agreed = [...new Set(input.agreed)].filter((k) => allowed.has(k)).sort();
		const earlier = tx
			.select()
			.from(meetingFeedback)
			.where(eq(meetingFeedback.meetingId, meeting.id))
			.get();
		const same =
			earlier &&
			earlier.decided === input.decided &&
			earlier.viewsCounted === input.viewsCounted &&
			JSON.stringify(earlier.agreedRequests) === JSON.stringify(agreed);
		if (same) return 'unchanged';
		const words = { decided: input.decided, viewsCounted: input.viewsCounted };
		tx.insert(meetingFeedback)
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
			})
			.run();
		recordAuditEvent(
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
		notifyYoungPerson(tx, meeting.youngPersonId, 'meeting_feedback', null, now);
		return 'ok';
	});
}

/**
 * A worker answers the young person in the meeting's thread; a resent form (same key) stores one
 * reply. The thread hangs from what was decided: before that is recorded the young person has
 * no page to read a reply on, so none is taken.
 */
export function replyAboutMeetingAsStaff(
	actor: SessionUser,
	input: { meetingId: string; body: string; idempotencyKey: string },
	now = new Date()
): 'ok' | 'duplicate' | 'not_found' | 'no_feedback' {
	return db().transaction((tx) => {
		const meeting = visibleMeeting(tx, actor, input.meetingId);
		if (!meeting) return 'not_found';
		const decided = tx
			.select({ id: meetingFeedback.meetingId })
			.from(meetingFeedback)
			.where(eq(meetingFeedback.meetingId, meeting.id))
			.get();
		if (!decided) return 'no_feedback';
		if (
			sentBeforeWithKey(tx, 'staff_replied', { subjectId: meeting.id }, input.idempotencyKey) !==
			null
		)
			return 'duplicate';
		const reply = tx
			.insert(meetingReplies)
			.values({ meetingId: meeting.id, authorId: actor.id, body: input.body, createdAt: now })
			.returning({ id: meetingReplies.id })
			.get();
		recordAuditEvent(
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
		notifyYoungPerson(tx, meeting.youngPersonId, 'meeting_feedback', null, now);
		return 'ok';
	});
}
