import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamp } from './columns';
import { sessions, users } from './people';

/**
 * Heard's own VAPID key pair (ADR 38), made on first start: push services know the app by its
 * public key. One row.
 */
export const pushKeys = pgTable('push_keys', {
	id: id(),
	publicKey: text('public_key').notNull(),
	privateKey: text('private_key').notNull(),
	createdAt: createdAt()
});

/**
 * A phone or computer that asked to be told when something happens. It belongs to the sign-in
 * that asked: when that sign-in ends (signing out, expiry, "sign out everywhere") it goes too.
 */
export const pushSubscriptions = pgTable(
	'push_subscriptions',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		sessionId: text('session_id')
			.notNull()
			.references(() => sessions.id, { onDelete: 'cascade' }),
		endpoint: text('endpoint').notNull().unique(),
		p256dh: text('p256dh').notNull(),
		auth: text('auth').notNull(),
		createdAt: createdAt()
	},
	(t) => [index('push_subscriptions_user_idx').on(t.userId)]
);

/**
 * Durable push queue, as mail_outbox: a row is written in the transaction of the event that
 * causes it, then sent and retried. The message is one of a few fixed sentences: never content,
 * never a name.
 */
export const pushOutbox = pgTable(
	'push_outbox',
	{
		id: id(),
		subscriptionId: text('subscription_id')
			.notNull()
			.references(() => pushSubscriptions.id, { onDelete: 'cascade' }),
		message: text('message', { enum: ['reply', 'read', 'urgent'] }).notNull(),
		createdAt: createdAt(),
		attempts: integer('attempts').notNull().default(0),
		nextAttemptAt: timestamp('next_attempt_at').notNull(),
		sentAt: timestamp('sent_at'),
		lastError: text('last_error')
	},
	(t) => [index('push_outbox_due_idx').on(t.sentAt, t.nextAttemptAt)]
);
