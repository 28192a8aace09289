/*
 * Heard's tables for PostgreSQL (ADR 45): a twin of schema/, file by file, with the same table,
 * column, key and index names. schema-pg/in-step.test.ts fails when the two differ, and
 * `npm run test:postgres` compares the databases their migrations (drizzle/, drizzle-pg/) build.
 * The app itself still runs on SQLite.
 */
import { statementRelationsOf, type RelatedTables } from '../relations';
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

// PostgreSQL's tables in SQLite's type: the same columns (in-step.test.ts), read the same way.
export const { statementRelations, voiceNoteRelations, replyRelations, outcomeRelations } =
	statementRelationsOf({
		statements,
		youngPeople,
		meetings,
		users,
		outcomes,
		replies,
		statementVoiceNotes
	} as unknown as RelatedTables);
