import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../auth/session';
import { db, transaction } from '../../db';
import { theRow } from '../../db/rows';
import {
	auditEvents,
	meetingFeedback,
	meetingReplies,
	meetings,
	notifications,
	users
} from '../../db/schema';
import { addToTeam, allocate, createStaff, createTeam, createYoungPerson } from '$tests/fixtures';
import { addReportStatement } from '$tests/fixtures/reports';
import { rateMeetingListened, replyAboutMeetingAsYoungPerson } from './answer-back';
import { recordMeetingFeedback, replyAboutMeetingAsStaff } from './mutations';
import { findOwnMeetingAfter } from './queries';
import { workingCalendar } from '../../working-time/calendar';
import { isFeedbackOverdue, listMeetingsAwaitingFeedback } from './overdue';

const DAY = 86_400_000;
// Monday 10 March 2025, 10:00: five working days on is Monday 17 March, 10:00.
const MEETING = new Date('2025-03-10T10:00:00Z');
let sam: SessionUser;
let stranger: SessionUser;
let robin: string;
let robinUser: string;
let meeting: string;
let statement: string;

beforeAll(async () => {
	const north = await createTeam('North');
	sam = await createStaff(['worker']);
	stranger = await createStaff(['worker'], { firstName: 'Gus' });
	await addToTeam(north, sam.id, 'worker');
	robinUser = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(users)
					.values({ username: 'robin-t', displayName: 'Robin', firstName: 'Robin' })
					.returning()
			).id
	);
	robin = await createYoungPerson({ teamId: north, userId: robinUser });
	await allocate(robin, sam.id);
	meeting = await transaction(
		async (tx) =>
			theRow(
				await tx
					.insert(meetings)
					.values({ youngPersonId: robin, type: 'looked_after_review', scheduledAt: MEETING })
					.returning()
			).id
	);
	statement = await addReportStatement(robin, {
		kind: 'before_meeting',
		meetingId: meeting,
		sentAt: new Date(MEETING.getTime() - 2 * DAY),
		answers: { meeting, want_to_happen: 'Stay here', who_there: 'My nan', going_well: 'School' }
	});
});

const words = { decided: 'You stay.', viewsCounted: 'You asked to stay, so you stay.' };

describe('what was decided at a meeting', () => {
	it('waits to be told, overdue after five working days, only for the young person’s worker', async () => {
		const calendar = await workingCalendar();
		expect(isFeedbackOverdue(MEETING, 5, new Date('2025-03-17T09:59:00Z'), calendar)).toBe(false);
		expect(isFeedbackOverdue(MEETING, 5, new Date('2025-03-17T10:01:00Z'), calendar)).toBe(true);
		const waiting = await listMeetingsAwaitingFeedback(
			sam,
			'caseload',
			new Date('2025-03-18T00:00:00Z')
		);
		expect(waiting.map((w) => [w.id, w.overdue])).toEqual([[meeting, true]]);
		expect(
			await listMeetingsAwaitingFeedback(stranger, 'caseload', new Date('2025-03-18'))
		).toEqual([]);
	});

	it('cannot be told before the meeting, nor by someone who does not work with them', async () => {
		const before = new Date(MEETING.getTime() - DAY);
		expect(
			await recordMeetingFeedback(sam, { meetingId: meeting, ...words, agreed: [] }, before)
		).toBe('not_yet');
		expect(
			await recordMeetingFeedback(stranger, { meetingId: meeting, ...words, agreed: [] })
		).toBe('not_found');
		expect(await db().select().from(meetingFeedback)).toEqual([]);
	});

	it('takes no reply from staff before what was decided is recorded: the young person could not see it', async () => {
		const reply = { meetingId: meeting, body: 'See you there', idempotencyKey: 'early-reply-1' };
		expect(await replyAboutMeetingAsStaff(sam, reply)).toBe('no_feedback');
		expect(await db().select().from(meetingReplies)).toEqual([]);
		expect(
			await db().select().from(notifications).where(eq(notifications.userId, robinUser))
		).toEqual([]);
	});

	it('records it with its audit event and tells the young person, keeping only their own requests as agreed', async () => {
		const at = new Date('2025-03-12T10:00:00Z');
		const agreed = [`${statement}:want_to_happen`, `${statement}:going_well`, 'someone-else:what'];
		expect(await recordMeetingFeedback(sam, { meetingId: meeting, ...words, agreed }, at)).toBe(
			'ok'
		);
		const saved = (await db().select().from(meetingFeedback).limit(1))[0]!;
		// "Going well" is not a request; another statement's id is not theirs.
		expect(saved.agreedRequests).toEqual([`${statement}:want_to_happen`]);
		const audit = await db()
			.select()
			.from(auditEvents)
			.where(eq(auditEvents.action, 'meeting_feedback_recorded'));
		expect(audit).toHaveLength(1);
		const told = await db().select().from(notifications).where(eq(notifications.userId, robinUser));
		expect(told.map((n) => n.kind)).toEqual(['meeting_feedback']);
		// The same form again changes nothing and tells nobody twice.
		expect(await recordMeetingFeedback(sam, { meetingId: meeting, ...words, agreed }, at)).toBe(
			'unchanged'
		);
		expect(await listMeetingsAwaitingFeedback(sam, 'caseload', new Date('2025-03-18'))).toEqual([]);
	});

	it('shows the young person their requests, agreed or not, and takes their answer and rating', async () => {
		const own = (await findOwnMeetingAfter(robin, meeting))!;
		expect(own.requests.map((r) => [r.answer, r.agreed])).toEqual([
			['Stay here', true],
			['My nan', false]
		]);
		expect(await rateMeetingListened(robin, meeting, 4)).toBe('ok');
		expect(
			await replyAboutMeetingAsYoungPerson({
				youngPersonId: robin,
				authorId: robinUser,
				meetingId: meeting,
				body: 'Thanks'
			})
		).toBe('ok');
		const other = await createYoungPerson({ teamId: await createTeam() });
		expect(await rateMeetingListened(other, meeting, 4)).toBe('not_found');
		const after = (await findOwnMeetingAfter(robin, meeting))!;
		expect(after.feedback.listenedRating).toBe(4);
		expect(after.thread.map((r) => [r.body, r.fromYoungPerson])).toEqual([['Thanks', true]]);
		const workerTold = await db()
			.select()
			.from(notifications)
			.where(eq(notifications.userId, sam.id));
		expect(workerTold.map((n) => n.kind)).toEqual(['meeting_reply']);
	});

	it('stores their reply sent twice with its form key once', async () => {
		const reply = {
			youngPersonId: robin,
			authorId: robinUser,
			meetingId: meeting,
			body: 'Can I see my nan more?',
			idempotencyKey: 'meetingreply01'
		};
		expect(await replyAboutMeetingAsYoungPerson(reply)).toBe('ok');
		expect(await replyAboutMeetingAsYoungPerson(reply)).toBe('ok');
		const thread = (await findOwnMeetingAfter(robin, meeting))!.thread.map((r) => r.body);
		expect(thread.filter((body) => body === reply.body)).toHaveLength(1);
	});
});
