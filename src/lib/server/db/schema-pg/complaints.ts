import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { COMPLAINT_KINDS, COMPLAINT_STATUSES } from '../schema/complaints';
import { createdAt, id, timestamp } from './columns';
import { youngPeople } from './organisation';
import { users } from './people';

// One list of kinds and statuses for both databases: schema/complaints.ts keeps them.
export {
	COMPLAINT_KINDS,
	COMPLAINT_STATUSES,
	type ComplaintKind,
	type ComplaintStatus
} from '../schema/complaints';

/**
 * "I'm not happy": a complaint, or a request for an advocate, that a young person sent to the
 * complaints contact an admin set. Kept so the young person sees what they asked and by when
 * someone will be in touch, and so reports can count them.
 */
export const complaints = pgTable(
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
export const complaintUpdates = pgTable(
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
