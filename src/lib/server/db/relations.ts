import { relations } from 'drizzle-orm';
import type { users } from './schema/people';
import type { youngPeople } from './schema/organisation';
import type { meetings, outcomes, replies, statements } from './schema/statements';
import type { statementVoiceNotes } from './schema/voice-notes';

/** The tables the relations join: SQLite's, or PostgreSQL's twins given the same shape. */
export interface RelatedTables {
	statements: typeof statements;
	youngPeople: typeof youngPeople;
	meetings: typeof meetings;
	users: typeof users;
	outcomes: typeof outcomes;
	replies: typeof replies;
	statementVoiceNotes: typeof statementVoiceNotes;
}

/*
 * How a statement's parts hang together, for drizzle's relational reads: the
 * statement reader (statements/reader.ts) reads a statement with its young
 * person, meeting, thread and outcome in one query. Nothing here changes the
 * database: relations are not migrations. Written once for both engines' tables
 * (schema/sqlite.ts, schema-pg/index.ts).
 */
export function statementRelationsOf(t: RelatedTables) {
	return {
		statementRelations: relations(t.statements, ({ one, many }) => ({
			youngPerson: one(t.youngPeople, {
				fields: [t.statements.youngPersonId],
				references: [t.youngPeople.id]
			}),
			meeting: one(t.meetings, { fields: [t.statements.meetingId], references: [t.meetings.id] }),
			firstReader: one(t.users, {
				fields: [t.statements.firstReadBy],
				references: [t.users.id],
				relationName: 'first_reader'
			}),
			acknowledger: one(t.users, {
				fields: [t.statements.acknowledgedBy],
				references: [t.users.id],
				relationName: 'acknowledger'
			}),
			completedWith: one(t.users, {
				fields: [t.statements.completedWithWorkerId],
				references: [t.users.id],
				relationName: 'completed_with'
			}),
			outcome: one(t.outcomes, {
				fields: [t.statements.id],
				references: [t.outcomes.statementId]
			}),
			replies: many(t.replies),
			voiceNotes: many(t.statementVoiceNotes)
		})),
		voiceNoteRelations: relations(t.statementVoiceNotes, ({ one }) => ({
			statement: one(t.statements, {
				fields: [t.statementVoiceNotes.statementId],
				references: [t.statements.id]
			})
		})),
		replyRelations: relations(t.replies, ({ one }) => ({
			statement: one(t.statements, {
				fields: [t.replies.statementId],
				references: [t.statements.id]
			}),
			author: one(t.users, { fields: [t.replies.authorId], references: [t.users.id] })
		})),
		outcomeRelations: relations(t.outcomes, ({ one }) => ({
			recorder: one(t.users, { fields: [t.outcomes.recordedBy], references: [t.users.id] })
		}))
	};
}
