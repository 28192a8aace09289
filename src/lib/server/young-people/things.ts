import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { TEMPLATES } from '$lib/templates';
import { db } from '../db';
import { storedMoment } from '../db/dialect';
import { preparedOnce } from '../db/prepared';
import { drafts, meetings, statements } from '../db/schema';

/**
 * Reads for a young person's own things. Every one filters by the young
 * person's own id in SQL, so a guessed id finds nothing.
 */

// Read on the young person's home page, on every visit.
const ownUpcomingMeetings = preparedOnce((database) =>
	database
		.select({ id: meetings.id, type: meetings.type, scheduledAt: meetings.scheduledAt })
		.from(meetings)
		.where(
			and(
				eq(meetings.youngPersonId, sql.placeholder('youngPersonId')),
				gt(meetings.scheduledAt, sql.placeholder('now')),
				isNull(meetings.cancelledAt)
			)
		)
		.orderBy(asc(meetings.scheduledAt))
		.prepare()
);

export async function listOwnUpcomingMeetings(youngPersonId: string, now = new Date()) {
	return await ownUpcomingMeetings().all({ youngPersonId, now: storedMoment(now) });
}

const meetingsSentFor = preparedOnce((database) =>
	database
		.select({ meetingId: statements.meetingId })
		.from(statements)
		.where(eq(statements.youngPersonId, sql.placeholder('youngPersonId')))
		.prepare()
);

/** Upcoming meetings the young person has not yet sent their views for: the home page asks. */
export async function listMeetingsAwaitingViews(youngPersonId: string, now = new Date()) {
	const sentFor = new Set((await meetingsSentFor().all({ youngPersonId })).map((s) => s.meetingId));
	return (await listOwnUpcomingMeetings(youngPersonId, now)).filter(
		(meeting) => !sentFor.has(meeting.id)
	);
}

export async function findOwnDraft(youngPersonId: string, templateId: string) {
	return (
		await db()
			.select({ answers: drafts.answers, updatedAt: drafts.updatedAt })
			.from(drafts)
			.where(and(eq(drafts.youngPersonId, youngPersonId), eq(drafts.templateId, templateId)))
			.limit(1)
	)[0];
}

// Read on the young person's home page, on every visit.
const ownDrafts = preparedOnce((database) =>
	database
		.select({ templateId: drafts.templateId, updatedAt: drafts.updatedAt })
		.from(drafts)
		.where(eq(drafts.youngPersonId, sql.placeholder('youngPersonId')))
		.orderBy(desc(drafts.updatedAt))
		.prepare()
);

/**
 * What they started and have not sent, newest first, as the kinds their home links back to:
 * "Save and finish later" and the page's own save keep a draft on the server, and without this
 * nothing showed there was one to finish.
 */
export async function listOwnUnfinished(youngPersonId: string) {
	const kept = await ownDrafts().all({ youngPersonId });
	return kept.flatMap(({ templateId, updatedAt }) => {
		const kind = TEMPLATES.find((t) => t.id === templateId)?.kind;
		return kind ? [{ kind, updatedAt }] : [];
	});
}

/** Every "How I'm feeling" answer, oldest first, for the young person's own chart. */
const ownFeelings = preparedOnce((database) =>
	database
		.select({
			id: statements.id,
			sentAt: statements.sentAt,
			templateId: statements.templateId,
			templateVersion: statements.templateVersion,
			answers: statements.answers
		})
		.from(statements)
		.where(
			and(
				eq(statements.youngPersonId, sql.placeholder('youngPersonId')),
				eq(statements.kind, 'feelings'),
				isNull(statements.anonymisedAt)
			)
		)
		.orderBy(asc(statements.sentAt))
		.prepare()
);

export async function listOwnFeelings(youngPersonId: string) {
	return await ownFeelings().all({ youngPersonId });
}
