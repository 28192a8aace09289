import { index, integer, primaryKey, pgTable, text } from 'drizzle-orm/pg-core';
import { BANK_HOLIDAY_NATIONS, URGENT_ALERT_STEPS } from '../../../vocabulary';
import { id, timestamp } from './columns';
import { statements } from './statements';

/**
 * Bank holidays per nation (England and Wales, Scotland), as dates in UK time. The official
 * lists ship in the migrations; an administrator adds and removes days (a local holiday, a
 * one-off day for a royal event).
 */
export const bankHolidays = pgTable(
	'bank_holidays',
	{
		nation: text('nation', { enum: BANK_HOLIDAY_NATIONS }).notNull(),
		/** YYYY-MM-DD, a day in UK time. */
		date: text('date').notNull(),
		name: text('name').notNull()
	},
	(t) => [primaryKey({ columns: [t.nation, t.date] })]
);

/**
 * Who was told about an urgent statement, step by step, so a manager sees on the statement how
 * far the chain went before someone said "I'm dealing with this".
 */
export const urgentAlerts = pgTable(
	'urgent_alerts',
	{
		id: id(),
		statementId: text('statement_id')
			.notNull()
			.references(() => statements.id),
		step: text('step', { enum: URGENT_ALERT_STEPS }).notNull(),
		at: timestamp('at').notNull(),
		/** How many people were told (in the app; by email too where they have an address). */
		told: integer('told').notNull()
	},
	(t) => [index('urgent_alerts_statement_idx').on(t.statementId, t.at)]
);
