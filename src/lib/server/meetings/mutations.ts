import { and, eq, isNull } from 'drizzle-orm';
import type { MeetingType } from '$lib/vocabulary';
import type { SessionUser } from '../auth/session';
import { recordAuditEvent } from '../audit';
import { transaction } from '../db';
import { meetings } from '../db/schema';
import { notifyYoungPerson } from '../notifications/notify';
import { findVisibleYoungPerson } from '../staff/scope-prepared';
import { theRow } from '../db/rows';
import { tooFarAhead } from './when';

interface NewMeeting {
	youngPersonId: string;
	type: MeetingType;
	scheduledAt: Date;
	chair: string;
}

type ScheduleResult = { id: string } | 'not_found' | 'in_past' | 'too_far';

/** Schedules a meeting; the young person is told, so they can have their say before it. */
export async function scheduleMeeting(
	actor: SessionUser,
	input: NewMeeting,
	now = new Date()
): Promise<ScheduleResult> {
	if (input.scheduledAt.getTime() <= now.getTime()) return 'in_past';
	if (tooFarAhead(input.scheduledAt, now)) return 'too_far';
	return await transaction(async (tx): Promise<ScheduleResult> => {
		if (!(await findVisibleYoungPerson(actor, input.youngPersonId, {}, tx))) return 'not_found';
		// The same meeting sent twice (a double click) is one meeting.
		const same = (
			await tx
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
				.limit(1)
		)[0];
		if (same) return same;
		const { id } = theRow(
			await tx
				.insert(meetings)
				.values({ ...input, createdBy: actor.id, createdAt: now })
				.returning({ id: meetings.id })
		);
		await recordAuditEvent(
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
		await notifyYoungPerson(tx, input.youngPersonId, 'meeting', null, now);
		return { id };
	});
}
