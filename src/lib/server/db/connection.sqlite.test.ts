import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { isDatabaseReachable, isDatabaseWritable, openDatabase, type Reader } from './connection';
import { explainStorageFailure } from './storage-failure';
import { db } from '.';

const dir = mkdtempSync(join(tmpdir(), 'heard-connection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tables = (database: Reader) =>
	(
		database.$client.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as {
			name: string;
		}[]
	).map((t) => t.name);

describe('openDatabase', () => {
	it('opens a file with the pragmas Heard relies on', () => {
		const database = openDatabase(join(dir, 'pragmas.db'));
		const pragma = (name: string) => database.$client.pragma(name, { simple: true });
		expect(pragma('journal_mode')).toBe('wal');
		expect(pragma('synchronous')).toBe(2); // FULL
		expect(pragma('foreign_keys')).toBe(1);
		expect(pragma('busy_timeout')).toBe(5000);
		expect(pragma('secure_delete')).toBe(1);
		database.$client.close();
	});

	it('applies the migrations, including the append-only audit triggers', () => {
		const database = openDatabase(join(dir, 'nested', 'folder', 'migrated.db'));
		expect(tables(database)).toEqual(
			expect.arrayContaining([
				'users',
				'sessions',
				'young_people',
				'statements',
				'audit_events',
				'settings'
			])
		);
		const triggers = database.$client
			.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
			.all();
		expect(triggers).toEqual(
			expect.arrayContaining([
				{ name: 'audit_events_no_update' },
				{ name: 'audit_events_no_delete' }
			])
		);
		database.$client.close();
	});

	it('opens an existing database again without applying the migrations twice', () => {
		const file = join(dir, 'reopened.db');
		const applied = (database: ReturnType<typeof openDatabase>) =>
			(
				database.$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as {
					n: number;
				}
			).n;
		const first = openDatabase(file);
		const once = applied(first);
		first.$client.close();
		const again = openDatabase(file);
		expect(once).toBeGreaterThanOrEqual(2);
		expect(applied(again)).toBe(once);
		again.$client.close();
	});

	it('enforces foreign keys', () => {
		const database = openDatabase(join(dir, 'foreign-keys.db'));
		const orphan = database.$client.prepare(
			`INSERT INTO sessions (id, user_id, expires_at, created_at) VALUES ('s', 'no-such-user', 0, 0)`
		);
		expect(() => orphan.run()).toThrow(/FOREIGN KEY/);
		database.$client.close();
	});
});

describe('isDatabaseReachable', () => {
	it('is true for an open database and false once it is closed', () => {
		const database = openDatabase(join(dir, 'reachable.db'));
		expect(isDatabaseReachable(database)).toBe(true);
		database.$client.close();
		expect(isDatabaseReachable(database)).toBe(false);
	});
});

describe('isDatabaseWritable', () => {
	it('is false while another program holds the write lock, or the file is open read-only, and true again after', () => {
		const file = join(dir, 'writable.db');
		const database = openDatabase(file);
		expect(isDatabaseWritable(database)).toBe(true);
		const holder = new Database(file);
		holder.exec('BEGIN EXCLUSIVE');
		expect(isDatabaseWritable(database)).toBe(false);
		holder.exec('ROLLBACK');
		holder.close();
		expect(isDatabaseWritable(database)).toBe(true);
		// The usual patience for a lock is given back after the quick check.
		expect(database.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
		database.$client.close();

		const readOnly = new Database(file, { readonly: true });
		expect(
			isDatabaseWritable({ $client: readOnly } as Parameters<typeof isDatabaseWritable>[0])
		).toBe(false);
		readOnly.close();
	});
});

describe('explainStorageFailure', () => {
	it('says in words what to check when the database cannot be written at start, and keeps other faults for their trace', () => {
		const file = join(dir, 'writable.db');
		const readOnly = new Database(file, { readonly: true });
		let failure: unknown;
		try {
			readOnly.exec('CREATE TABLE t (x)');
		} catch (error) {
			failure = error;
		}
		readOnly.close();
		const words = explainStorageFailure(failure, file);
		expect(words).toContain(`Heard cannot start: it cannot write its database, ${file}`);
		expect(words).toContain('SQLITE_READONLY');
		expect(words).not.toMatch(/\bat \w+ \(/);
		expect(explainStorageFailure(new TypeError('a bug'), file)).toBeNull();
	});
});

describe('db() under test', () => {
	it('is the in-memory database the test configuration asks for, never a file', () => {
		expect(db().$client.memory).toBe(true);
		expect(tables(db())).toContain('users');
	});
});
