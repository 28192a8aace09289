import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import {
	CHANGE_CATEGORIES,
	MEETING_TYPES,
	OUTCOME_DECISIONS,
	STATEMENT_KINDS,
	STATEMENT_STATUSES
} from '../../../vocabulary';
import { createdAt, flag, id, timestamp } from './columns';
import { youngPeople } from './organisation';
import { users } from './people';

export const meetings = pgTable(
	'meetings',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		type: text('type', { enum: MEETING_TYPES }).notNull(),
		scheduledAt: timestamp('scheduled_at').notNull(),
		chair: text('chair').notNull().default(''),
		createdBy: text('created_by').references(() => users.id),
		cancelledAt: timestamp('cancelled_at'),
		createdAt: createdAt()
	},
	(t) => [
		index('meetings_young_person_idx').on(t.youngPersonId, t.scheduledAt),
		index('meetings_scheduled_idx').on(t.scheduledAt)
	]
);

/**
 * What a young person said. `answers` is JSON shaped by the template named by
 * templateId + templateVersion, so an old statement always renders as asked.
 */
export const statements = pgTable(
	'statements',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
		templateId: text('template_id').notNull(),
		templateVersion: integer('template_version').notNull(),
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
		status: text('status', { enum: STATEMENT_STATUSES }).notNull(),
		urgent: flag('urgent').notNull().default(false),
		consentToShare: flag('consent_to_share').notNull().default(false),
		/** Set when a worker filled it in together with the young person (co-use). */
		completedWithWorkerId: text('completed_with_worker_id').references(() => users.id),
		/**
		 * Whether the form was the simple one, which asks fewer questions: a question it left out
		 * was not asked, which is not the same as left blank. Null for statements sent before it was kept.
		 */
		simpleMode: flag('simple_mode'),
		/**
		 * The language of the page it was written on (the request's locale, ADR 40): staff see
		 * "Written in Polish". Null for statements sent before it was kept.
		 */
		language: text('language'),
		meetingId: text('meeting_id').references(() => meetings.id),
		/** Denormalised from the answers so reports can group without parsing JSON. */
		changeCategory: text('change_category', { enum: CHANGE_CATEGORIES }),
		/** One per form render: a double tap or a resent request stores one statement. */
		idempotencyKey: text('idempotency_key').notNull(),
		sentAt: timestamp('sent_at').notNull(),
		firstReadAt: timestamp('first_read_at'),
		firstReadBy: text('first_read_by').references(() => users.id),
		firstRepliedAt: timestamp('first_replied_at'),
		/** When the urgent chain reached the team manager ("escalated"). */
		escalatedAt: timestamp('escalated_at'),
		/** Urgent only: sent outside the organisation's working hours (or on a bank holiday). */
		outOfHours: flag('out_of_hours'),
		/** "I'm dealing with this": acknowledged is not read, and it stops the urgent chain. */
		acknowledgedAt: timestamp('acknowledged_at'),
		acknowledgedBy: text('acknowledged_by').references(() => users.id),
		/** When the out-of-hours team was told: from then its members may read this statement (staff/scope.ts). */
		dutyAlertedAt: timestamp('duty_alerted_at'),
		/** When the named senior manager was told: from then they may read it. */
		seniorAlertedAt: timestamp('senior_alerted_at'),
		/** The urgent chain's next step (escalation/chain.ts): 0 manager, 1 out-of-hours team, 2 senior manager. */
		escalationStep: integer('escalation_step').notNull().default(0),
		/** When that step is due; null once acknowledged or when the chain has ended. */
		nextEscalationAt: timestamp('next_escalation_at'),
		closedAt: timestamp('closed_at'),
		/**
		 * When the young person answered back (or asked for a correction) and nobody has answered
		 * them since: the statement waits for staff again, answered or closed (statements/waiting.ts).
		 */
		answeredBackAt: timestamp('answered_back_at'),
		/** "Did you feel listened to?" 1–5, given by the young person after an answer. */
		listenedRating: integer('listened_rating'),
		anonymisedAt: timestamp('anonymised_at')
	},
	(t) => [
		uniqueIndex('statements_idempotency_idx').on(t.idempotencyKey),
		index('statements_young_person_idx').on(t.youngPersonId, t.sentAt),
		index('statements_sent_idx').on(t.sentAt),
		// With kind and time, "views sent before the meeting" for a report's meetings is read from the index alone.
		index('statements_meeting_idx').on(t.meetingId, t.kind, t.sentAt),
		// Participation reports: urgent statements over a period, and how soon each was
		// acknowledged, read from the index alone (not a row of the table for each).
		index('statements_urgent_sent_idx')
			.on(t.sentAt, t.youngPersonId, t.acknowledgedAt, t.outOfHours)
			.where(sql`urgent = true`),
		// Escalation runs every minute: only urgent statements whose chain has a step still to come.
		index('statements_next_escalation_idx')
			.on(t.nextEscalationAt)
			.where(sql`next_escalation_at is not null`),
		// The out-of-hours team's urgent list.
		index('statements_duty_alerted_idx')
			.on(t.dutyAlertedAt)
			.where(sql`duty_alerted_at is not null`),
		// Inbox, caseload and team view: only what still waits for staff (`stillWaiting` in
		// inbox/queries.ts, which must state this condition word for word), with every
		// column those pages filter and sort on, so a worker's page never reads their history.
		index('statements_waiting_idx')
			.on(
				t.youngPersonId,
				t.firstReadAt,
				t.urgent,
				t.kind,
				t.sentAt,
				t.firstRepliedAt,
				t.closedAt,
				t.answeredBackAt
			)
			.where(
				sql`(closed_at is null and (first_replied_at is null or kind = 'make_a_change')) or answered_back_at is not null`
			)
	]
);

export const replies = pgTable(
	'replies',
	{
		id: id(),
		statementId: text('statement_id')
			.notNull()
			.references(() => statements.id),
		authorId: text('author_id')
			.notNull()
			.references(() => users.id),
		body: text('body').notNull(),
		/** "This is what we decided." */
		isDecision: flag('is_decision').notNull().default(false),
		/** The young person asks for something they said, or something written about it, to be corrected. */
		isCorrectionRequest: flag('is_correction_request').notNull().default(false),
		createdAt: createdAt()
	},
	(t) => [index('replies_statement_idx').on(t.statementId, t.createdAt)]
);

/** The answer every make-a-change request must get, in words written for the child. */
export const outcomes = pgTable('outcomes', {
	statementId: text('statement_id')
		.primaryKey()
		.references(() => statements.id),
	decision: text('decision', { enum: OUTCOME_DECISIONS }).notNull(),
	explanation: text('explanation').notNull(),
	recordedBy: text('recorded_by')
		.notNull()
		.references(() => users.id),
	recordedAt: timestamp('recorded_at').notNull()
});

/** Server copy of an unfinished statement, so words survive a lost phone or tab. */
export const drafts = pgTable(
	'drafts',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		templateId: text('template_id').notNull(),
		answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
		updatedAt: timestamp('updated_at').notNull()
	},
	(t) => [uniqueIndex('drafts_young_person_template_idx').on(t.youngPersonId, t.templateId)]
);
