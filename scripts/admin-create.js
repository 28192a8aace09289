// npm run admin:create -- you@council.example --organisation "Your Council" [--name "Your Name"]
//
// The first administrator of a new Heard. It makes the account and prints, to
// whoever runs it (the new administrator), a link to choose their password:
// it works once, within 24 hours. Refused once an administrator can sign in;
// from then on, administrators add staff in Heard itself. The rows it writes
// are the app's own (src/lib/server/auth/password-links.ts).
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;
const random = (bytes) =>
	encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(bytes)));
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

export class Refused extends Error {}

function readArguments(argv) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: { organisation: { type: 'string' }, name: { type: 'string' } }
	});
	const email = (positionals[0] ?? '').trim().toLowerCase();
	if (positionals.length !== 1 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
		throw new Refused(
			'Give the new administrator\'s work email: npm run admin:create -- you@council.example --organisation "Your Council"'
		);
	}
	const organisation = values.organisation?.trim();
	if (organisation !== undefined && (organisation.length < 1 || organisation.length > 120)) {
		throw new Refused("The organisation's name needs 1 to 120 characters.");
	}
	const name = values.name?.trim() || email.split('@')[0];
	if (name.length > 120) throw new Refused('The name can be 120 characters at most.');
	return { email, organisation, name };
}

function openDatabase(url) {
	mkdirSync(dirname(resolve(url)), { recursive: true });
	const sqlite = new Database(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	migrate(drizzle(sqlite), { migrationsFolder: resolve(process.env.MIGRATIONS_DIR ?? 'drizzle') });
	return sqlite;
}

/** Creates (or, if it never set a password, renews) the first administrator; returns the token. */
export function createFirstAdministrator(sqlite, { email, organisation, name }, now = Date.now()) {
	return sqlite
		.transaction(() => {
			const canSignIn = sqlite
				.prepare(
					"SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'admin' WHERE u.active = 1 AND u.password_hash IS NOT NULL"
				)
				.get();
			if (canSignIn)
				throw new Refused(
					'Heard already has an administrator. Ask them to add you in Heard (Admin, Staff accounts).'
				);
			const named = sqlite.prepare("SELECT 1 FROM settings WHERE key = 'organisationName'").get();
			if (!named && !organisation)
				throw new Refused(
					'Name your organisation as it should appear to staff and young people: --organisation "Your Council"'
				);

			let user = sqlite
				.prepare('SELECT id, active, password_hash AS passwordHash FROM users WHERE email = ?')
				.get(email);
			const isAdmin =
				user &&
				sqlite
					.prepare("SELECT 1 FROM user_roles WHERE user_id = ? AND role = 'admin'")
					.get(user.id);
			if (user && (!isAdmin || !user.active))
				throw new Refused(`${email} already has an account that is not an active administrator.`);
			const renewed = Boolean(user);
			if (!user) {
				user = { id: random(10) };
				const firstName = name.split(/\s+/)[0];
				sqlite
					.prepare(
						'INSERT INTO users (id, email, display_name, first_name, active, created_at) VALUES (?, ?, ?, ?, 1, ?)'
					)
					.run(user.id, email, name, firstName, now);
				sqlite.prepare("INSERT INTO user_roles (user_id, role) VALUES (?, 'admin')").run(user.id);
			}
			// Any earlier first-run link stops working: only the newest one printed can be used.
			sqlite
				.prepare(
					"UPDATE password_links SET expires_at = ? WHERE used_at IS NULL AND expires_at > ? AND (purpose = 'first_admin' OR user_id = ?)"
				)
				.run(now, now, user.id);
			const token = random(20);
			sqlite
				.prepare(
					"INSERT INTO password_links (id, user_id, token_hash, purpose, expires_at, created_at) VALUES (?, ?, ?, 'first_admin', ?, ?)"
				)
				.run(random(10), user.id, sha256(token), now + LINK_LIFETIME_MS, now);
			const audit = sqlite.prepare(
				'INSERT INTO audit_events (at, actor_id, action, subject_type, subject_id, detail) VALUES (?, NULL, ?, ?, ?, ?)'
			);
			if (organisation) {
				sqlite
					.prepare(
						"INSERT INTO settings (key, value, updated_at) VALUES ('organisationName', ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
					)
					.run(JSON.stringify(organisation), now);
				audit.run(
					now,
					'settings_changed',
					'settings',
					null,
					JSON.stringify({ changed: ['organisationName'], by: 'npm run admin:create' })
				);
			}
			audit.run(
				now,
				'first_admin_created',
				'user',
				user.id,
				JSON.stringify({ email, renewed, by: 'npm run admin:create' })
			);
			return token;
		})
		.immediate();
}

function main() {
	const origin = (process.env.ORIGIN || `http://localhost:${process.env.PORT || 3000}`).replace(
		/\/+$/,
		''
	);
	const database = process.env.DATABASE_URL || 'data/heard.db';
	try {
		const input = readArguments(process.argv.slice(2));
		const sqlite = openDatabase(database);
		try {
			const token = createFirstAdministrator(sqlite, input);
			console.log(
				[
					`Heard: ${input.email} is an administrator${input.organisation ? ` of ${input.organisation}` : ''}.`,
					'Open this link to choose your password. It works once, within 24 hours, and is shown only here:',
					'',
					`  ${origin}/password/${token}`,
					'',
					process.env.ORIGIN
						? ''
						: `(ORIGIN is not set, so the link assumes Heard is at ${origin}. Set ORIGIN to Heard's public https address.)`,
					'If the link stops working before you use it, run this command again.'
				]
					.filter((line, i, all) => line !== '' || all[i - 1] !== '')
					.join('\n')
			);
		} finally {
			sqlite.close();
		}
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		console.error(`Heard: ${error.message}`);
		process.exitCode = 1;
	}
}

if (import.meta.url === `file://${process.argv[1]}`) main();
