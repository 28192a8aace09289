import { index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { createdAt, id, timestamp } from './columns';
import { users } from './people';

/**
 * A member of staff's second sign-in step: a TOTP key (RFC 6238). Unconfirmed until the first
 * right code, so a half-finished set-up never locks anyone out. `lastStep` is the time step of
 * the last code accepted: the same code is never accepted twice.
 */
export const secondSteps = pgTable('second_steps', {
	userId: text('user_id')
		.primaryKey()
		.references(() => users.id, { onDelete: 'cascade' }),
	keyHex: text('key_hex').notNull(),
	confirmedAt: timestamp('confirmed_at'),
	lastStep: integer('last_step').notNull().default(0),
	createdAt: createdAt()
});

/** Ten single-use recovery codes per member of staff; only their SHA-256 is kept. */
export const recoveryCodes = pgTable(
	'recovery_codes',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		codeHash: text('code_hash').notNull().unique(),
		usedAt: timestamp('used_at')
	},
	(t) => [index('recovery_codes_user_idx').on(t.userId)]
);

/** Between a right password and a right code: a short-lived token, kept as its hash. */
export const signInChallenges = pgTable('sign_in_challenges', {
	id: text('id').primaryKey(),
	userId: text('user_id')
		.notNull()
		.references(() => users.id, { onDelete: 'cascade' }),
	expiresAt: timestamp('expires_at').notNull(),
	/** Set when the code was right: the same form sent again at once still finds its way. */
	passedAt: timestamp('passed_at')
});
