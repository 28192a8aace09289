import { index, integer, primaryKey, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../vocabulary';
import { createdAt, flag, id, timestamp } from './columns';

/** Everyone who can sign in: staff by email, young people by username. */
export const users = pgTable('users', {
	id: id(),
	email: text('email').unique(),
	username: text('username').unique(),
	displayName: text('display_name').notNull(),
	/** Shown to young people ("Sam read this"); staff surnames are not. */
	firstName: text('first_name').notNull(),
	passwordHash: text('password_hash'),
	active: flag('active').notNull().default(true),
	deactivatedAt: timestamp('deactivated_at'),
	createdAt: createdAt()
});

export const userRoles = pgTable(
	'user_roles',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull()
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] })]
);

/** Lucia-guide sessions: the id is the SHA-256 of the token; the token itself is never stored. */
export const sessions = pgTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at').notNull(),
		createdAt: createdAt(),
		/**
		 * What signed in, as coarse words read from the User-Agent once, at sign-in (ADR 29): a kind
		 * of device, a browser and a system, never versions or an address.
		 */
		deviceKind: text('device_kind', { enum: ['phone', 'tablet', 'computer', 'unknown'] })
			.notNull()
			.default('unknown'),
		browser: text('browser').notNull().default(''),
		system: text('system').notNull().default(''),
		/** Updated at most every few minutes, so a signed-in request seldom writes. */
		lastUsedAt: timestamp('last_used_at')
	},
	(t) => [index('sessions_user_idx').on(t.userId)]
);

/** Sign-in attempts counted per key (an account, an address, or the two together) within a window. */
export const signInThrottle = pgTable('sign_in_throttle', {
	key: text('key').primaryKey(),
	failures: integer('failures').notNull(),
	windowStartedAt: timestamp('window_started_at').notNull(),
	lockedUntil: timestamp('locked_until')
});

/**
 * Where each account last signed in successfully, by address. A place an account
 * already uses is not shut out when strangers guess at that account, and an
 * address many accounts use (a children's house) gets more room for mistakes.
 */
export const signInPlaces = pgTable(
	'sign_in_places',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		address: text('address').notNull(),
		lastSignedInAt: timestamp('last_signed_in_at').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.address] }),
		index('sign_in_places_address_idx').on(t.address, t.lastSignedInAt)
	]
);

/**
 * "Set your password" links for staff: the first administrator's (from the
 * command line), a new account's and a reset's. Only the SHA-256 of the token
 * is stored; a link works once and expires soon.
 */
export const passwordLinks = pgTable(
	'password_links',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		purpose: text('purpose', { enum: ['first_admin', 'new_account', 'reset'] }).notNull(),
		expiresAt: timestamp('expires_at').notNull(),
		usedAt: timestamp('used_at'),
		createdBy: text('created_by').references(() => users.id),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('password_links_token_idx').on(t.tokenHash),
		index('password_links_user_idx').on(t.userId)
	]
);
