import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'heard-admin-create-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command as an IT team types it, against its own database file. */
function adminCreate(database: string, ...args: string[]) {
	const run = spawnSync('npm', ['run', '--silent', 'admin:create', '--', ...args], {
		env: { ...process.env, DATABASE_URL: database, ORIGIN: 'https://heard.council.example' },
		encoding: 'utf8'
	});
	return { status: run.status, out: run.stdout, err: run.stderr };
}
const read = <T>(database: string, sql: string) => {
	const db = new Database(database, { readonly: true });
	try {
		return db.prepare(sql).all() as T[];
	} finally {
		db.close();
	}
};
const linkIn = (out: string) =>
	out.match(/https:\/\/heard\.council\.example\/password\/([a-z2-7]{32})\b/)?.[1];

// Each run is a real npm process (a few seconds each on a busy machine).
const RUNS = { timeout: 90_000 };

describe('npm run admin:create', () => {
	it(
		'makes the first administrator, names the organisation, prints a link only once stored as a hash, and is audited',
		RUNS,
		() => {
			const database = join(dir, 'fresh.db');
			const made = adminCreate(
				database,
				'Ailsa.Grant@Council.example',
				'--organisation',
				'Loch Fyne Council',
				'--name',
				'Ailsa Grant'
			);
			expect(made.status, made.err).toBe(0);
			const token = linkIn(made.out);
			expect(token).toBeDefined();
			expect(made.out).toContain('works once, within 24 hours');

			const [user] = read<{
				id: string;
				email: string;
				display_name: string;
				password_hash: string | null;
			}>(database, 'SELECT * FROM users');
			expect(user).toMatchObject({
				email: 'ailsa.grant@council.example',
				display_name: 'Ailsa Grant',
				password_hash: null
			});
			expect(read(database, 'SELECT role FROM user_roles')).toEqual([{ role: 'admin' }]);
			const links = read<{
				token_hash: string;
				purpose: string;
				expires_at: number;
				created_at: number;
			}>(database, 'SELECT * FROM password_links');
			expect(links).toHaveLength(1);
			expect(links[0]!.token_hash).toBe(createHash('sha256').update(token!).digest('hex'));
			expect(links[0]!.expires_at - links[0]!.created_at).toBe(24 * 60 * 60 * 1000);
			expect(JSON.stringify(read(database, 'SELECT * FROM password_links'))).not.toContain(token);
			expect(read(database, "SELECT value FROM settings WHERE key = 'organisationName'")).toEqual([
				{ value: '"Loch Fyne Council"' }
			]);
			const actions = read<{ action: string; subject_id: string | null }>(
				database,
				'SELECT action, subject_id FROM audit_events ORDER BY id'
			);
			expect(actions).toEqual([
				{ action: 'settings_changed', subject_id: null },
				{ action: 'first_admin_created', subject_id: user!.id }
			]);
		}
	);

	it(
		'until the administrator has a password, a second run replaces the link; after, it is refused',
		RUNS,
		() => {
			const database = join(dir, 'again.db');
			const first = linkIn(
				adminCreate(database, 'boss@council.example', '--organisation', 'Glen Council').out
			);
			const second = adminCreate(database, 'boss@council.example');
			expect(second.status, second.err).toBe(0);
			expect(linkIn(second.out)).not.toBe(first);
			const usable = read<{ n: number }>(
				database,
				`SELECT count(*) AS n FROM password_links WHERE used_at IS NULL AND expires_at > ${Date.now()}`
			);
			expect(usable).toEqual([{ n: 1 }]);

			const db = new Database(database);
			db.prepare(
				"UPDATE users SET password_hash = '$argon2id$set-by-the-link' WHERE email = 'boss@council.example'"
			).run();
			db.close();
			for (const email of ['boss@council.example', 'someone.else@council.example']) {
				const refused = adminCreate(database, email, '--organisation', 'Another Council');
				expect(refused.status).toBe(1);
				expect(refused.err).toContain('Heard already has an administrator');
				expect(linkIn(refused.out)).toBeUndefined();
			}
			expect(read(database, 'SELECT email FROM users')).toEqual([
				{ email: 'boss@council.example' }
			]);
			expect(read(database, "SELECT value FROM settings WHERE key = 'organisationName'")).toEqual([
				{ value: '"Glen Council"' }
			]);
		}
	);

	it('asks a new council to name itself, and for a real email address', RUNS, () => {
		const database = join(dir, 'unnamed.db');
		const unnamed = adminCreate(database, 'boss@council.example');
		expect(unnamed.status).toBe(1);
		expect(unnamed.err).toContain('--organisation');
		expect(adminCreate(database, 'not-an-email', '--organisation', 'X').status).toBe(1);
		expect(read(database, 'SELECT * FROM users')).toEqual([]);
	});
});
