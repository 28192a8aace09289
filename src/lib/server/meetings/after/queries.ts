import { and, asc, eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { db } from '../../db';
import { preparedOnce } from '../../db/prepared';
import { meetingFeedback, meetingReplies, meetings, users, youngPeople } from '../../db/schema';
import { visibleYoungPeople } from '../../staff/scope';
import { readStatements } from '../../statements/reader';
import { requestsIn } from './requests';

/*
 * Reads of what was decided at a meeting: for staff through the one scope
 * (a file's read, archived records included), for the young person by their
 * own id, so a guessed id finds nothing.
 */

async function feedbackOf(meetingId: string) {
	const row = (
		await db()
			.select({ feedback: meetingFeedback, by: users.firstName })
			.from(meetingFeedback)
			.innerJoin(users, eq(meetingFeedback.recordedBy, users.id))
			.where(eq(meetingFeedback.meetingId, meetingId))
			.limit(1)
	)[0];
	return row ? { ...row.feedback, by: row.by } : null;
}

/** The thread about a meeting's feedback, oldest first, each reply marked as the young person's or not. */
async function threadOf(meetingId: string, youngPersonUserId: string | null) {
	return (
		await db()
			.select({
				id: meetingReplies.id,
				body: meetingReplies.body,
				createdAt: meetingReplies.createdAt,
				authorId: meetingReplies.authorId,
				author: users.firstName
			})
			.from(meetingReplies)
			.innerJoin(users, eq(meetingReplies.authorId, users.id))
			.where(eq(meetingReplies.meetingId, meetingId))
			.orderBy(asc(meetingReplies.createdAt))
	).map((r) => ({ ...r, isDecision: false, fromYoungPerson: r.authorId === youngPersonUserId }));
}

/** A meeting, the young person's requests sent for it, its feedback and thread; null when not theirs to see. */
export async function findMeetingAfterForStaff(actor: SessionUser, meetingId: string) {
	const row = (
		await db()
			.select({ meeting: meetings, person: youngPeople })
			.from(meetings)
			.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
			.where(and(eq(meetings.id, meetingId), visibleYoungPeople(actor, { includeArchived: true })))
			.limit(1)
	)[0];
	if (!row) return null;
	const sent = await readStatements({ staff: actor }, { meetingId, youngPersonId: row.person.id });
	return {
		...row,
		statementIds: sent.map((s) => s.statement.id),
		requests: requestsIn(sent),
		feedback: await feedbackOf(meetingId),
		thread: await threadOf(meetingId, row.person.userId)
	};
}

/** One of the young person's own meetings with its feedback, or null when it has none yet. */
export async function findOwnMeetingAfter(youngPersonId: string, meetingId: string) {
	const row = (
		await db()
			.select({ meeting: meetings, userId: youngPeople.userId })
			.from(meetings)
			.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
			.where(and(eq(meetings.id, meetingId), eq(meetings.youngPersonId, youngPersonId)))
			.limit(1)
	)[0];
	const feedback = row && (await feedbackOf(meetingId));
	if (!row || !feedback) return null;
	const agreed = new Set(feedback.agreedRequests);
	const requests = requestsIn(await readStatements({ youngPerson: youngPersonId }, { meetingId }));
	return {
		meeting: row.meeting,
		feedback,
		requests: requests.map((r) => ({ ...r, agreed: agreed.has(r.key) })),
		thread: await threadOf(meetingId, row.userId)
	};
}

/** The young person's meetings that have feedback, newest first: My things and the home page list them. */
export async function listOwnMeetingsWithFeedback(youngPersonId: string) {
	return (await ownMeetingsWithFeedback().all({ youngPersonId })).reverse();
}

const ownMeetingsWithFeedback = preparedOnce((database) =>
	database
		.select({
			id: meetings.id,
			type: meetings.type,
			scheduledAt: meetings.scheduledAt,
			recordedAt: meetingFeedback.recordedAt,
			seenAt: meetingFeedback.seenAt,
			by: users.firstName
		})
		.from(meetingFeedback)
		.innerJoin(meetings, eq(meetingFeedback.meetingId, meetings.id))
		.innerJoin(users, eq(meetingFeedback.recordedBy, users.id))
		.where(eq(meetings.youngPersonId, sql.placeholder('youngPersonId')))
		.orderBy(asc(meetings.scheduledAt))
		.prepare()
);

/** When each of a young person's meetings had its feedback recorded, by meeting id (for their file). */
const feedbackRecorded = preparedOnce((database) =>
	database
		.select({ id: meetingFeedback.meetingId, at: meetingFeedback.recordedAt })
		.from(meetingFeedback)
		.innerJoin(meetings, eq(meetingFeedback.meetingId, meetings.id))
		.where(eq(meetings.youngPersonId, sql.placeholder('youngPersonId')))
		.prepare()
);

export async function feedbackRecordedFor(youngPersonId: string): Promise<Map<string, Date>> {
	const rows = await feedbackRecorded().all({ youngPersonId });
	return new Map(rows.map((r) => [r.id, r.at]));
}
