import { relations } from 'drizzle-orm';
import { youngPeople } from './organisation';
import { users } from './people';
import { meetings, outcomes, replies, statements } from './statements';
import { statementVoiceNotes } from './voice-notes';

export * from './people';
export * from './organisation';
export * from './statements';
export * from './messaging';
export * from './participation';
export * from './audit';
export * from './complaints';
export * from './second-step';
export * from './out-of-hours';
export * from './loops';
export * from './voice-notes';
export * from './push';

/*
 * How a statement's parts hang together, for drizzle's relational reads: the
 * statement reader (statements/reader.ts) reads a statement with its young
 * person, meeting, thread and outcome in one query. Nothing here changes the
 * database: relations are not migrations.
 */

export const statementRelations = relations(statements, ({ one, many }) => ({
	youngPerson: one(youngPeople, {
		fields: [statements.youngPersonId],
		references: [youngPeople.id]
	}),
	meeting: one(meetings, { fields: [statements.meetingId], references: [meetings.id] }),
	firstReader: one(users, {
		fields: [statements.firstReadBy],
		references: [users.id],
		relationName: 'first_reader'
	}),
	acknowledger: one(users, {
		fields: [statements.acknowledgedBy],
		references: [users.id],
		relationName: 'acknowledger'
	}),
	completedWith: one(users, {
		fields: [statements.completedWithWorkerId],
		references: [users.id],
		relationName: 'completed_with'
	}),
	outcome: one(outcomes, { fields: [statements.id], references: [outcomes.statementId] }),
	replies: many(replies),
	voiceNotes: many(statementVoiceNotes)
}));

export const voiceNoteRelations = relations(statementVoiceNotes, ({ one }) => ({
	statement: one(statements, {
		fields: [statementVoiceNotes.statementId],
		references: [statements.id]
	})
}));

export const replyRelations = relations(replies, ({ one }) => ({
	statement: one(statements, { fields: [replies.statementId], references: [statements.id] }),
	author: one(users, { fields: [replies.authorId], references: [users.id] })
}));

export const outcomeRelations = relations(outcomes, ({ one }) => ({
	recorder: one(users, { fields: [outcomes.recordedBy], references: [users.id] })
}));
