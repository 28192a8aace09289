import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { SessionUser } from '../../auth/session';
import { storedMoment } from '../../db/dialect';
import { preparedPerShape } from '../../db/prepared';
import { allocations, meetingFeedback, meetings, users, youngPeople } from '../../db/schema';
import { addWorkingDays } from '../../working-time/working-days';
import { workingCalendar, type WorkingCalendar } from '../../working-time/calendar';
import { getSetting } from '../../settings';
import { visibleYoungPeople } from '../../staff/scope';
import { readerOfShape, shapeOf } from '../../staff/scope-prepared';

/*
 * A meeting the young person sent their views for, that has happened and
 * whose feedback is not yet recorded, waits like an unread statement: due
 * within the feedback time (working days, a setting), then overdue, for the
 * worker (their caseload) and the manager (their teams).
 */

/** The day feedback is due by: the meeting day plus the setting's working days. */
export function feedbackDueBy(
	scheduledAt: Date,
	workingDays: number,
	calendar: WorkingCalendar
): Date {
	return addWorkingDays(scheduledAt, workingDays, calendar);
}

export function isFeedbackOverdue(
	scheduledAt: Date,
	workingDays: number,
	now: Date,
	calendar: WorkingCalendar
): boolean {
	return now.getTime() > feedbackDueBy(scheduledAt, workingDays, calendar).getTime();
}

// Raw names: a correlated subquery must name the outer meeting's own columns.
const viewsSentBefore = sql`exists (select 1 from statements s where s.meeting_id = "meetings"."id" and s.young_person_id = "meetings"."young_person_id" and s.kind = 'before_meeting' and s.sent_at < "meetings"."scheduled_at")`;

/**
 * Meetings waiting for feedback, oldest first, each with its due date and
 * whether it is overdue. `caseload` is the worker's own; `team` the teams a
 * manager manages, with each young person's current worker.
 */
export async function listMeetingsAwaitingFeedback(
	actor: SessionUser,
	reach: 'caseload' | 'team',
	now = new Date()
) {
	const days = await getSetting('meetingFeedbackWorkingDays');
	// One calendar for the whole list: each row's due date is worked out once, from it.
	const calendar = await workingCalendar();
	const rows = await awaitingFeedback(`${shapeOf(actor)}|${reach}`).all({
		actorId: actor.id,
		now: storedMoment(now)
	});
	return rows.map((row) => {
		const dueBy = feedbackDueBy(row.scheduledAt, days, calendar);
		return { ...row, dueBy, overdue: now.getTime() > dueBy.getTime() };
	});
}

// On every visit to a worker's inbox and a manager's team page: prepared for each shape of reader.
const awaitingFeedback = preparedPerShape((database, shape: string) => {
	const [roles = '', reach] = shape.split('|') as [string, 'caseload' | 'team'];
	return database
		.select({
			id: meetings.id,
			type: meetings.type,
			scheduledAt: meetings.scheduledAt,
			youngPersonId: youngPeople.id,
			preferredName: youngPeople.preferredName,
			workerName: users.displayName
		})
		.from(meetings)
		.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
		.leftJoin(meetingFeedback, eq(meetingFeedback.meetingId, meetings.id))
		.leftJoin(
			allocations,
			and(eq(allocations.youngPersonId, youngPeople.id), isNull(allocations.endedAt))
		)
		.leftJoin(users, eq(allocations.workerId, users.id))
		.where(
			and(
				visibleYoungPeople(readerOfShape(roles), { reach }),
				isNull(meetings.cancelledAt),
				lte(meetings.scheduledAt, sql.placeholder('now')),
				isNull(meetingFeedback.meetingId),
				viewsSentBefore
			)
		)
		.orderBy(asc(meetings.scheduledAt))
		.prepare();
});
