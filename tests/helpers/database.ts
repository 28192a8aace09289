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

/** Issues a new activation code for the young person with this preferred name, as their worker does. */
export function issueCodeFor(preferredName: string): string {
	const db = openTestDatabase();
	try {
		const person = db
			.prepare('SELECT id FROM young_people WHERE preferred_name = ?')
			.get(preferredName) as { id: string };
		const code = Array.from(randomBytes(12), (b) => ALPHABET[b % ALPHABET.length]).join('');
		const hash = createHash('sha256').update(code).digest('hex');
		db.prepare(
			"INSERT INTO activation_codes (id, young_person_id, code_hash, expires_at, created_at, via) VALUES (?, ?, ?, ?, ?, 'worker')"
		).run(randomBytes(8).toString('hex'), person.id, hash, Date.now() + 86_400_000, Date.now());
		return code.match(/.{4}/g)!.join('-');
	} finally {
		db.close();
	}
}

/** Ids and counts the tests check against, read straight from the server's database. */
export function queryTestDatabase<T>(sql: string, ...params: unknown[]): T[] {
	return queryDatabase<T>('.test-data/e2e.db', sql, ...params);
}

/** The same, for a server started on its own database file (tests/helpers/own-server.ts). */
export function queryDatabase<T>(path: string, sql: string, ...params: unknown[]): T[] {
	const db = new Database(path, { readonly: true });
	db.pragma('busy_timeout = 5000');
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/**
 * Fragments of everything young people have said (their statements' own words, their replies and
 * their "About me"), long enough to be nobody else's: runs of letters, digits and spaces, so a
 * fragment is found whatever escaping a page or JSON gives the punctuation around it. Words, not
 * ids: a fragment holds a space between two words.
 */
export function wordsYoungPeopleSaid(
	query: <T>(sql: string) => T[] = queryTestDatabase
): Map<string, string> {
	const byFragment = new Map<string, string>();
	const take = (youngPersonId: string, text: unknown) => {
		if (typeof text !== 'string') return;
		for (const run of text.match(/[A-Za-z0-9 ]{12,}/g) ?? [])
			if (/\S \S/.test(run) && run.trim().length >= 12) byFragment.set(run.trim(), youngPersonId);
	};
	for (const s of query<{ yp: string; answers: string }>(
		'SELECT young_person_id AS yp, answers FROM statements'
	)) {
		for (const value of Object.values(JSON.parse(s.answers) as Record<string, unknown>))
			take(s.yp, value);
	}
	const replies =
		'SELECT y.id AS yp, r.body FROM replies r JOIN statements s ON s.id = r.statement_id JOIN young_people y ON y.id = s.young_person_id WHERE r.author_id = y.user_id';
	for (const r of query<{ yp: string; body: string }>(replies)) take(r.yp, r.body);
	for (const a of query<{
		yp: string;
		likes: string;
		important: string;
		support: string;
		tired: string;
	}>(
		'SELECT young_person_id AS yp, likes, important, support, tired_of_repeating AS tired FROM about_me'
	)) {
		for (const text of [a.likes, a.important, a.support, a.tired]) take(a.yp, text);
	}
	return byFragment;
}

/** How many statements hold `words` in their answers (drafts too): each test marks its own words. */
export const statementsWith = (words: string): number =>
	queryTestDatabase<{ n: number }>(
		'SELECT COUNT(*) AS n FROM statements WHERE answers LIKE ?',
		`%${words}%`
	)[0]?.n ?? 0;
