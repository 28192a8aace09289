import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, flag, id, timestamp } from './columns';
import { users } from './people';

/** In-app notifications. They carry ids, never statement content. */
export const notifications = pgTable(
	'notifications',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		kind: text('kind', {
			enum: [
				'new_statement',
				'urgent_statement',
				'reply',
				'outcome',
				'escalation',
				'new_worker',
				'meeting',
				'acknowledged',
				'meeting_feedback',
				'meeting_reply'
			]
		}).notNull(),
		statementId: text('statement_id'),
		youngPersonId: text('young_person_id'),
		createdAt: createdAt(),
		readAt: timestamp('read_at')
	},
	(t) => [index('notifications_user_idx').on(t.userId, t.readAt)]
);

/**
 * Durable mail queue: a row is written in the same transaction as the event
 * that causes it, then delivered (and retried) by the mailer. Bodies hold no
 * statement content and no young person's name.
 */
export const mailOutbox = pgTable(
	'mail_outbox',
	{
		id: id(),
		to: text('to').notNull(),
		subject: text('subject').notNull(),
		body: text('body').notNull(),
		createdAt: createdAt(),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at').notNull(),
		sentAt: timestamp('sent_at'),
		lastError: text('last_error'),
		/** The body holds a "set your password" link: it is blanked once the mail is sent. */
		holdsLink: flag('holds_link').notNull().default(false)
	},
	(t) => [index('mail_outbox_due_idx').on(t.sentAt, t.nextAttemptAt)]
);
