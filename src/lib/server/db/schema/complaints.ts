import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './columns';
import { youngPeople } from './organisation';

export const COMPLAINT_KINDS = ['complaint', 'advocate'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

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
		/** Where it was sent, as the young person was told. */
		sentTo: text('sent_to').notNull(),
		replyBy: timestamp('reply_by').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('complaints_young_person_idx').on(t.youngPersonId),
		index('complaints_created_idx').on(t.createdAt)
	]
);
