import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';

/**
 * Direct access to the e2e server's database, for setting up what no page can
 * yet, such as a fresh activation code. It writes rows the way the app does.
 */
export function openTestDatabase(): Database.Database {
	const db = new Database('.test-data/e2e.db');
	db.pragma('busy_timeout = 5000');
	return db;
}

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Issues a new activation code for the young person with this preferred name. */
export function issueCodeFor(preferredName: string): string {
	const db = openTestDatabase();
	try {
		const person = db.prepare('SELECT id FROM young_people WHERE preferred_name = ?').get(preferredName) as { id: string };
		const code = Array.from(randomBytes(12), (b) => ALPHABET[b % ALPHABET.length]).join('');
		const hash = createHash('sha256').update(code).digest('hex');
		db.prepare(
			'INSERT INTO activation_codes (id, young_person_id, code_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?)'
		).run(randomBytes(8).toString('hex'), person.id, hash, Date.now() + 86_400_000, Date.now());
		return code.match(/.{4}/g)!.join('-');
	} finally {
		db.close();
	}
}

/** Ids and counts the tests check against, read straight from the server's database. */
export function queryTestDatabase<T>(sql: string, ...params: unknown[]): T[] {
	const db = openTestDatabase();
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}
