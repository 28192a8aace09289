import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { YOU_SAID_STATUSES } from '../../../vocabulary';
import { createdAt, id, timestamp } from './columns';
import { users } from './people';
import { statements } from './statements';

/** "You said, we did": what young people said, what changed, and how far it has got. */
export const youSaidWeDid = pgTable('you_said_we_did', {
	id: id(),
	youSaid: text('you_said').notNull(),
	weDid: text('we_did').notNull(),
	status: text('status', { enum: YOU_SAID_STATUSES }).notNull(),
	createdBy: text('created_by')
		.notNull()
		.references(() => users.id),
	createdAt: createdAt(),
	updatedAt: timestamp('updated_at').notNull(),
	publishedAt: timestamp('published_at')
});

/** Quotes a participation lead picked, only ever from statements with consent to share. */
export const chosenQuotes = pgTable('chosen_quotes', {
	id: id(),
	statementId: text('statement_id')
		.notNull()
		.references(() => statements.id),
	/** The words as edited by the lead to remove anything identifying. */
	quote: text('quote').notNull(),
	chosenBy: text('chosen_by')
		.notNull()
		.references(() => users.id),
	createdAt: createdAt()
});

/** Organisation settings as key → JSON value; defaults live in code (settings/index.ts). */
export const settings = pgTable('settings', {
	key: text('key').primaryKey(),
	value: jsonb('value').notNull(),
	updatedAt: timestamp('updated_at').notNull()
});
