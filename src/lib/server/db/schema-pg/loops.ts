import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamp } from './columns';
import { allocations, youngPeople } from './organisation';
import { users } from './people';
import { meetings } from './statements';

/**
 * After a meeting: what was decided and how the young person's views counted,
 * in words written for them, and which of their requests were agreed.
 */
export const meetingFeedback = pgTable('meeting_feedback', {
	meetingId: text('meeting_id')
		.primaryKey()
		.references(() => meetings.id),
	decided: text('decided').notNull(),
	viewsCounted: text('views_counted').notNull(),
	/** "statementId:questionId" of each request (an answer the template names) that was agreed. */
	agreedRequests: jsonb('agreed_requests').$type<string[]>().notNull(),
	recordedBy: text('recorded_by')
		.notNull()
		.references(() => users.id),
	/** When the young person was first told: the influence measure counts from here. */
	recordedAt: timestamp('recorded_at').notNull(),
	updatedAt: timestamp('updated_at').notNull(),
	/** The young person opened it. */
	seenAt: timestamp('seen_at'),
	/** "Did you feel listened to?" 1–5, about the meeting. */
	listenedRating: integer('listened_rating'),
	ratedAt: timestamp('rated_at')
});

/** The young person answering back about a meeting's feedback, and their worker answering them. */
export const meetingReplies = pgTable(
	'meeting_replies',
	{
		id: id(),
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meetings.id),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('meeting_replies_meeting_idx').on(t.meetingId, t.createdAt)]
);

/**
 * A new worker's hello, one per allocation that followed another. The row is
 * made with the allocation (empty, waiting to be written) so the manager sees
 * who has not yet said hello; the young person sees it once written, until
 * the worker records that they have met.
 */
export const workerHellos = pgTable(
	'worker_hellos',
	{
		allocationId: text('allocation_id')
			.primaryKey()
			.references(() => allocations.id),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		workerId: text('worker_id')
			.notNull()
			.references(() => users.id),
		whoIAm: text('who_i_am').notNull().default(''),
		howToReach: text('how_to_reach').notNull().default(''),
		whenWeMeet: text('when_we_meet').notNull().default(''),
		writtenAt: timestamp('written_at'),
		metAt: timestamp('met_at'),
		createdAt: createdAt()
	},
	(t) => [
		index('worker_hellos_worker_idx').on(t.workerId, t.writtenAt),
		index('worker_hellos_young_person_idx').on(t.youngPersonId)
	]
);

/** The old worker's note for the next one: staff only, one per allocation that ended. */
export const handoverNotes = pgTable(
	'handover_notes',
	{
		id: id(),
		fromAllocationId: text('from_allocation_id')
			.notNull()
			.references(() => allocations.id),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		writtenAt: timestamp('written_at').notNull()
	},
	(t) => [
		uniqueIndex('handover_notes_allocation_idx').on(t.fromAllocationId),
		index('handover_notes_young_person_idx').on(t.youngPersonId, t.writtenAt)
	]
);
