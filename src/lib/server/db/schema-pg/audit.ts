import { bigint, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamp } from './columns';

/**
 * Append-only: a trigger in the migrations refuses UPDATE and DELETE, for
 * everyone, admins included. Actor ids are kept as plain text so the log
 * outlives any row it mentions.
 */
export const auditEvents = pgTable(
	'audit_events',
	{
		id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
		at: timestamp('at').notNull(),
		actorId: text('actor_id'),
		action: text('action').notNull(),
		subjectType: text('subject_type'),
		subjectId: text('subject_id'),
		youngPersonId: text('young_person_id'),
		address: text('address'),
		detail: jsonb('detail').$type<Record<string, unknown>>()
	},
	(t) => [
		index('audit_events_at_idx').on(t.at),
		index('audit_events_actor_idx').on(t.actorId, t.at),
		index('audit_events_young_person_idx').on(t.youngPersonId, t.at)
	]
);
