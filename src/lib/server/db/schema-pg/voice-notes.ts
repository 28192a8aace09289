import { customType, integer, primaryKey, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt } from './columns';
import { youngPeople } from './organisation';
import { statements } from './statements';

/*
 * A child's recorded answer to a question that takes words, kept in the
 * database with the statement (ADR 37): the same transaction stores both, the
 * backup copies both, and retention takes both.
 */

/** Bytes, as SQLite's `blob` with mode `buffer`: a Buffer in and out. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
	dataType() {
		return 'bytea';
	}
});

const voiceColumns = () => ({
	questionId: text('question_id').notNull(),
	/** Decided from the recording's own first bytes, never from what the browser said it was. */
	contentType: text('content_type').notNull(),
	bytes: bytea('bytes').notNull(),
	size: integer('size').notNull(),
	/** How long it plays, where it is known (the recorder's own count, or a WAV's header). */
	durationMs: integer('duration_ms'),
	/** SHA-256 of the bytes: a resent form is the same statement only with the same recording. */
	digest: text('digest').notNull(),
	createdAt: createdAt()
});

export const statementVoiceNotes = pgTable(
	'statement_voice_notes',
	{
		statementId: text('statement_id')
			.notNull()
			.references(() => statements.id),
		...voiceColumns()
	},
	(t) => [primaryKey({ columns: [t.statementId, t.questionId] })]
);

/** A recording on an unfinished statement: simple mode's earlier pages, "finish later". */
export const draftVoiceNotes = pgTable(
	'draft_voice_notes',
	{
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		templateId: text('template_id').notNull(),
		...voiceColumns()
	},
	(t) => [primaryKey({ columns: [t.youngPersonId, t.templateId, t.questionId] })]
);
