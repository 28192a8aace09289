import { index, primaryKey, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { LEGAL_STATUSES, PLACEMENT_TYPES, TEAM_ROLES } from '../../../vocabulary';
import { createdAt, flag, id, timestamp } from './columns';
import { users } from './people';

export const teams = pgTable('teams', {
	id: id(),
	name: text('name').notNull().unique(),
	/** The out-of-hours (emergency duty) team: told of urgent statements sent outside working hours. */
	outOfHours: flag('out_of_hours').notNull().default(false),
	createdAt: createdAt()
});

export const teamMembers = pgTable(
	'team_members',
	{
		teamId: text('team_id')
			.notNull()
			.references(() => teams.id),
		userId: text('user_id')
			.notNull()
			.references(() => users.id),
		teamRole: text('team_role', { enum: TEAM_ROLES }).notNull()
	},
	(t) => [primaryKey({ columns: [t.teamId, t.userId, t.teamRole] })]
);

/**
 * A young person's record. It exists before they have an account (userId is
 * set when they activate), so reach can be measured against all allocated
 * young people.
 */
export const youngPeople = pgTable(
	'young_people',
	{
		id: id(),
		userId: text('user_id')
			.unique()
			.references(() => users.id),
		preferredName: text('preferred_name').notNull(),
		dateOfBirth: text('date_of_birth').notNull(),
		legalStatus: text('legal_status', { enum: LEGAL_STATUSES }).notNull(),
		placementType: text('placement_type', { enum: PLACEMENT_TYPES }).notNull(),
		caseReference: text('case_reference').notNull(),
		language: text('language').notNull().default('en'),
		/** null: follow the default (simple mode under 12). */
		simpleMode: flag('simple_mode'),
		textSize: text('text_size', { enum: ['normal', 'large', 'larger'] })
			.notNull()
			.default('normal'),
		readAloud: flag('read_aloud').notNull().default(false),
		/** Installed on the home screen as "Notes" with a notebook icon (the web app manifest). */
		discreetApp: flag('discreet_app').notNull().default(false),
		/** Low data: pictures and voice notes are left out of pages until tapped (ADR 39). */
		lowData: flag('low_data').notNull().default(false),
		accessibilityNotes: text('accessibility_notes').notNull().default(''),
		teamId: text('team_id')
			.notNull()
			.references(() => teams.id),
		archivedAt: timestamp('archived_at'),
		createdAt: createdAt()
	},
	(t) => [index('young_people_team_idx').on(t.teamId)]
);

/** Allocations have history: the current one has no endedAt. */
export const allocations = pgTable(
	'allocations',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		workerId: text('worker_id')
			.notNull()
			.references(() => users.id),
		startedAt: timestamp('started_at').notNull(),
		endedAt: timestamp('ended_at'),
		createdBy: text('created_by').references(() => users.id),
		/** The young person has been shown who their new worker is. */
		announced: flag('announced').notNull().default(false)
	},
	(t) => [
		index('allocations_worker_idx').on(t.workerId, t.endedAt),
		// With when it started, a report's worker changes are read from the index alone.
		index('allocations_young_person_idx').on(t.youngPersonId, t.endedAt, t.startedAt)
	]
);

/** "About me": a one-page profile in the young person's own words. */
export const aboutMe = pgTable('about_me', {
	youngPersonId: text('young_person_id')
		.primaryKey()
		.references(() => youngPeople.id),
	likes: text('likes').notNull().default(''),
	important: text('important').notNull().default(''),
	support: text('support').notNull().default(''),
	tiredOfRepeating: text('tired_of_repeating').notNull().default(''),
	updatedAt: timestamp('updated_at').notNull()
});

/** One-time codes that let a young person create their sign-in without an email address. */
export const activationCodes = pgTable(
	'activation_codes',
	{
		id: id(),
		youngPersonId: text('young_person_id')
			.notNull()
			.references(() => youngPeople.id),
		codeHash: text('code_hash').notNull(),
		expiresAt: timestamp('expires_at').notNull(),
		usedAt: timestamp('used_at'),
		createdBy: text('created_by').references(() => users.id),
		createdAt: createdAt(),
		/**
		 * `letter`: printed by an administrator, only for a record with no account and
		 * nothing said yet. `worker`: made by someone who already reads what they say.
		 */
		via: text('via', { enum: ['letter', 'worker'] })
			.notNull()
			.default('letter'),
		/** Set when it was used: it replaced an existing sign-in (the young person is told). */
		resetSignIn: flag('reset_sign_in').notNull().default(false)
	},
	(t) => [uniqueIndex('activation_codes_hash_idx').on(t.codeHash)]
);
