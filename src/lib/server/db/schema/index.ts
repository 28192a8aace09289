/*
 * The tables every service imports, for the engine DATABASE_URL names (ADR 46): SQLite's
 * (schema/sqlite.ts) or PostgreSQL's twins (schema-pg/), which in-step.test.ts keeps the same
 * table by table. A query is built from a table's columns, and each column writes and reads its
 * values in its own engine's way (a moment as milliseconds or as timestamptz), so the tables must
 * match the connection. Both are typed as SQLite's: the rows they give are the same.
 * PostgreSQL's are loaded only when they are the ones chosen.
 */
import { onPostgres } from '../engine';
import * as sqlite from './sqlite';

export { COMPLAINT_KINDS, COMPLAINT_STATUSES } from './sqlite';
export type { ComplaintKind, ComplaintStatus } from './sqlite';

const tables = onPostgres ? ((await import('../schema-pg')) as unknown as typeof sqlite) : sqlite;

export const {
	users,
	userRoles,
	sessions,
	signInThrottle,
	signInPlaces,
	passwordLinks,
	teams,
	teamMembers,
	youngPeople,
	allocations,
	aboutMe,
	activationCodes,
	meetings,
	statements,
	replies,
	outcomes,
	drafts,
	notifications,
	mailOutbox,
	youSaidWeDid,
	chosenQuotes,
	settings,
	auditEvents,
	complaints,
	complaintUpdates,
	secondSteps,
	recoveryCodes,
	signInChallenges,
	bankHolidays,
	urgentAlerts,
	meetingFeedback,
	meetingReplies,
	workerHellos,
	handoverNotes,
	statementVoiceNotes,
	draftVoiceNotes,
	pushKeys,
	pushSubscriptions,
	pushOutbox,
	statementRelations,
	voiceNoteRelations,
	replyRelations,
	outcomeRelations
} = tables;
