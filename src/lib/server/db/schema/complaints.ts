import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { youngPeople } from './organisation';
import { users } from './people';

export const COMPLAINT_KINDS = ['complaint', 'advocate'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
/** Where a complaint is, as the complaints team marks it and the young person sees it. */
export const COMPLAINT_STATUSES = ['waiting', 'in_touch', 'resolved'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/**
 * "I'm not happy": a complaint, or a request for an advocate, that a young person sent to the
 * complaints contact an admin set. Kept so the young person sees what they asked and by when
 * someone will be in touch, and so reports can count them.
 */
export const complaints = sqliteTable(
	'complaints',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		kind: text('kind', { enum: COMPLAINT_KINDS }).notNull(),
		message: text('message').notNull().default(''),
		/** Where it was sent, as the young person was told: the complaints team's name (ADR 28). */
		sentTo: text('sent_to').notNull(),
		replyBy: timestamp('reply_by').notNull(),
		status: text('status', { enum: COMPLAINT_STATUSES }).notNull().default('waiting'),
		statusChangedAt: timestamp('status_changed_at'),
		createdAt: createdAt()
	},
	(t) => [
		index('complaints_young_person_idx').on(t.youngPersonId),
		index('complaints_created_idx').on(t.createdAt)
	]
);

/**
 * Each time the complaints team marks a complaint "in touch" or "resolved", with a note the young
 * person reads on their "I'm not happy" page. Kept as history, so the team sees what was done.
 */
export const complaintUpdates = sqliteTable(
	'complaint_updates',
	{
		id: id(),
		complaintId: text('complaint_id')
			.notNull()
			.references(() => complaints.id),
		status: text('status', { enum: COMPLAINT_STATUSES }).notNull(),
		note: text('note').notNull().default(''),
		byUserId: text('by_user_id')
			.notNull()
			.references(() => users.id),
		at: timestamp('at').notNull()
	},
	(t) => [index('complaint_updates_complaint_idx').on(t.complaintId, t.at)]
);
