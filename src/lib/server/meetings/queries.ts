import { and, count, desc, eq, min, sql } from 'drizzle-orm';
import type { SessionUser } from '../auth/session';
import { db } from '../db';
import { preparedOnce } from '../db/prepared';
import { meetings, statements, youngPeople } from '../db/schema';
import { visibleYoungPeople } from '../staff/scope';
import { answersForStaff, readStatements } from '../statements/reader';

/** A meeting and every statement sent for it (the meeting pack, an export: archived records included), or null when the young person is not this person's to see. */
export async function findMeetingForStaff(actor: SessionUser, meetingId: string) {
	const row = (
		await db()
			.select({ meeting: meetings, person: youngPeople })
			.from(meetings)
			.innerJoin(youngPeople, eq(meetings.youngPersonId, youngPeople.id))
			.where(and(eq(meetings.id, meetingId), visibleYoungPeople(actor, { includeArchived: true })))
			.limit(1)
	)[0];
	if (!row) return null;
	const sent = (
		await readStatements({ staff: actor }, { meetingId, youngPersonId: row.person.id })
	).map((s) => ({
		statement: s.statement,
		answers: answersForStaff(s),
		thread: s.thread,
		outcome: s.outcome
	}));
	return { meeting: row.meeting, person: row.person, statements: sent };
}

/**
 * A young person's meetings, newest first, with how many statements were sent
 * for each and when the first was sent. A join rather than a correlated
 * subquery: drizzle writes columns inside a `sql` template without their
 * table, so `meeting_id = id` compared a statement with itself and every
 * meeting read "no views sent".
 */
const meetingsOf = preparedOnce((database) =>
	database
		.select({
			id: meetings.id,
			type: meetings.type,
			scheduledAt: meetings.scheduledAt,
			chair: meetings.chair,
			cancelledAt: meetings.cancelledAt,
			viewsSent: count(statements.id),
			firstSentAt: min(statements.sentAt)
		})
		.from(meetings)
		.leftJoin(
			statements,
			and(
				eq(statements.meetingId, meetings.id),
				eq(statements.youngPersonId, meetings.youngPersonId)
			)
		)
		.where(eq(meetings.youngPersonId, sql.placeholder('youngPersonId')))
		.groupBy(meetings.id)
		.orderBy(desc(meetings.scheduledAt))
		.prepare()
);

export async function listMeetingsOfYoungPerson(youngPersonId: string) {
	return await meetingsOf().all({ youngPersonId });
}
