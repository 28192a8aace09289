/*
 * `npm run admin:create` on PostgreSQL: the same rows, rules and words as on SQLite
 * (scripts/admin-create.test.ts), read back by Heard's own code. One database for the first
 * tests, as an install has one: each goes on from where the one before left it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import {
	findUsablePasswordLink,
	setPasswordWithLink
} from '../../src/lib/server/auth/password-links';
import { getSetting } from '../../src/lib/server/settings';
import { adminCreate, emptyDatabase, linkIn, printed } from './admin-create-run';
import { MIGRATING_LOCK } from '../../scripts/postgres-turns.js';

const database = process.env.DATABASE_URL!;
const sql = postgres(database, { max: 1, onnotice: () => {} });
afterAll(() => sql.end());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const BY = 'npm run admin:create';

describe('npm run admin:create on PostgreSQL', () => {
	it('asks a new council to name itself, and for a real email address', async () => {
		const unnamed = await adminCreate(database, 'boss@council.example');
		expect(unnamed.status).toBe(1);
		expect(unnamed.err).toContain('--organisation');
		expect((await adminCreate(database, 'not-an-email', '--organisation', 'X')).status).toBe(1);
		expect(await sql`SELECT id FROM users`).toHaveLength(0);
	});

	it('makes the first administrator, names the organisation, keeps the link as a hash, and audits it', async () => {
		const before = Date.now();
		const made = await adminCreate(
			database,
			'Ailsa.Grant@Council.example',
			'--organisation',
			'Loch Fyne Council',
			'--name',
			'Ailsa Grant'
		);
		expect(made.status, made.err).toBe(0);
		const token = linkIn(made.out)!;
		expect(made.out).toBe(printed('ailsa.grant@council.example', 'Loch Fyne Council', token));
		expect(made.err).toBe('');

		const [user, ...others] = await sql`SELECT * FROM users`;
		expect(others).toEqual([]);
		expect(user).toMatchObject({
			email: 'ailsa.grant@council.example',
			display_name: 'Ailsa Grant',
			first_name: 'Ailsa',
			active: true,
			password_hash: null
		});
		expect(user!.created_at.getTime()).toBeGreaterThanOrEqual(before);
		expect(await sql`SELECT user_id, role FROM user_roles`).toEqual([
			{ user_id: user!.id, role: 'admin' }
		]);
		const links = await sql`SELECT * FROM password_links`;
		expect(links).toHaveLength(1);
		expect(links[0]).toMatchObject({ user_id: user!.id, purpose: 'first_admin', used_at: null });
		expect(links[0]!.token_hash).toBe(sha256(token));
		expect(links[0]!.expires_at - links[0]!.created_at).toBe(24 * 60 * 60 * 1000);
		expect(JSON.stringify(links)).not.toContain(token);
		const [setting] = await sql`
			SELECT value, jsonb_typeof(value) AS type FROM settings WHERE key = 'organisationName'`;
		expect(setting).toEqual({ value: 'Loch Fyne Council', type: 'string' });
		expect(
			await sql`SELECT action, subject_type, subject_id, detail FROM audit_events ORDER BY id`
		).toEqual([
			{
				action: 'settings_changed',
				subject_type: 'settings',
				subject_id: null,
				detail: { changed: ['organisationName'], by: BY }
			},
			{
				action: 'first_admin_created',
				subject_type: 'user',
				subject_id: user!.id,
				detail: { email: 'ailsa.grant@council.example', renewed: false, by: BY }
			}
		]);

		// Heard itself takes the printed link, and names the organisation as the command did.
		expect(await findUsablePasswordLink(token)).toMatchObject({
			userId: user!.id,
			purpose: 'first_admin'
		});
		expect(await getSetting('organisationName')).toBe('Loch Fyne Council');
	});

	it('replaces the link until the administrator has a password, then refuses', async () => {
		const again = await adminCreate(database, 'ailsa.grant@council.example');
		expect(again.status, again.err).toBe(0);
		const token = linkIn(again.out)!;
		expect(again.out).toBe(printed('ailsa.grant@council.example', undefined, token));
		const usable = await sql`
			SELECT token_hash FROM password_links WHERE used_at IS NULL AND expires_at > now()`;
		expect(usable).toEqual([{ token_hash: sha256(token) }]);
		const [renewal] = await sql`SELECT detail FROM audit_events ORDER BY id DESC LIMIT 1`;
		expect(renewal!.detail).toMatchObject({ renewed: true });

		expect(await setPasswordWithLink(token, 'a long passphrase for the test')).toBe('set');
		for (const email of ['ailsa.grant@council.example', 'someone.else@council.example']) {
			const refused = await adminCreate(database, email, '--organisation', 'Another Council');
			expect(refused.status).toBe(1);
			expect(refused.err).toContain('Heard already has an administrator');
			expect(linkIn(refused.out)).toBeUndefined();
		}
		expect(await sql`SELECT email FROM users`).toEqual([{ email: 'ailsa.grant@council.example' }]);
		expect(await getSetting('organisationName')).toBe('Loch Fyne Council');
	});

	it('migrates an empty database first, waiting while a starting server migrates it', async () => {
		const empty = await emptyDatabase();
		const server = postgres(empty.url, { max: 1, onnotice: () => {} });
		try {
			// What a Heard server holds while it applies the migrations as it starts.
			await server`SELECT pg_advisory_lock(${MIGRATING_LOCK})`;
			const running = adminCreate(
				empty.url,
				'first@council.example',
				'--organisation',
				'New Council'
			);
			await expect
				.poll(
					async () =>
						(
							await server`SELECT 1 FROM pg_locks
							WHERE locktype = 'advisory' AND objid = ${MIGRATING_LOCK} AND NOT granted
							AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`
						).length,
					{ timeout: 15_000 }
				)
				.toBe(1);
			const [tables] = await server`SELECT to_regclass('public.users') AS users`;
			expect(tables).toEqual({ users: null });
			await server`SELECT pg_advisory_unlock(${MIGRATING_LOCK})`;

			const made = await running;
			expect(made.status, made.err).toBe(0);
			expect(made.out).toBe(printed('first@council.example', 'New Council', linkIn(made.out)!));
			const journal = JSON.parse(
				readFileSync(new URL('../../drizzle-pg/meta/_journal.json', import.meta.url), 'utf8')
			);
			const applied = await server`SELECT hash FROM drizzle.__drizzle_migrations`;
			expect(applied).toHaveLength(journal.entries.length);
			expect(await server`SELECT email, active FROM users`).toEqual([
				{ email: 'first@council.example', active: true }
			]);
			const [token] = await server`SELECT token_hash FROM password_links`;
			expect(token!.token_hash).toBe(sha256(linkIn(made.out)!));
		} finally {
			await server.end();
			await empty.drop();
		}
	});
});
