import { and, eq, isNull } from 'drizzle-orm';
import type { MeetingType } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { db } from '../db';
import { meetings } from '../db/schema';
import { notifyYoungPerson } from '../notifications/notify';
import { findVisibleYoungPerson } from '../staff/scope';

interface NewMeeting {
	youngPersonId: string;
	type: MeetingType;
	scheduledAt: Date;
	chair: string;
}

type ScheduleResult = { id: string } | 'not_found' | 'in_past';

/** Schedules a meeting; the young person is told, so they can have their say before it. */
export function scheduleMeeting(
	actor: SessionUser,
	input: NewMeeting,
	now = new Date()
): ScheduleResult {
	if (input.scheduledAt.getTime() <= now.getTime()) return 'in_past';
	return db().transaction((tx): ScheduleResult => {
		if (!findVisibleYoungPerson(actor, input.youngPersonId, {}, tx)) return 'not_found';
		// The same meeting sent twice (a double click) is one meeting.
		const same = tx
			.select({ id: meetings.id })
			.from(meetings)
			.where(
				and(
					eq(meetings.youngPersonId, input.youngPersonId),
					eq(meetings.type, input.type),
					eq(meetings.scheduledAt, input.scheduledAt),
					isNull(meetings.cancelledAt)
				)
			)
			.get();
		if (same) return same;
		const { id } = tx
			.insert(meetings)
			.values({ ...input, createdBy: actor.id, createdAt: now })
			.returning({ id: meetings.id })
			.get();
		recordAuditEvent(
			tx,
			{
				actorId: actor.id,
				action: 'meeting_scheduled',
				subjectType: 'meeting',
				subjectId: id,
				youngPersonId: input.youngPersonId,
				detail: { type: input.type }
			},
			now
		);
		notifyYoungPerson(tx, input.youngPersonId, 'meeting', null, now);
		return { id };
	});
}
