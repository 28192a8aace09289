import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * drizzle/0026_answered_back.sql on a database that already has threads: one whose last word
 * is the young person's waits for staff again from then; one a worker answered last, or whose
 * decision came after the young person's word, does not.
 */
const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
	entries: { tag: string }[];
};
const run = (db: Database.Database, tag: string) => {
	for (const part of readFileSync(`drizzle/${tag}.sql`, 'utf8').split('--> statement-breakpoint'))
		if (part.trim()) db.exec(part);
};

describe('the migration that lets an answer back wait', () => {
	it('marks the threads whose last word is the young person’s, and no others', () => {
		const db = new Database(':memory:');
		const tags = journal.entries.map((e) => e.tag);
		const at = tags.indexOf('0026_answered_back');
		tags.slice(0, at).forEach((tag) => run(db, tag));
		const t = 1_700_000_000_000;
		db.exec(`
			INSERT INTO users (id, username, display_name, first_name, created_at) VALUES
				('child', 'child', 'Child', 'Child', ${t}), ('sam', 'sam', 'Sam', 'Sam', ${t});
			INSERT INTO teams (id, name, created_at) VALUES ('north', 'North', ${t});
			INSERT INTO young_people (id, user_id, preferred_name, date_of_birth, legal_status,
				placement_type, case_reference, team_id, created_at)
				VALUES ('yp', 'child', 'Ava', '2012-01-01', 'foster', 'foster_carer', 'R1', 'north', ${t});
		`);
		const statement = db.prepare(
			`INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers,
				status, idempotency_key, sent_at, first_replied_at, closed_at)
				VALUES (?, 'yp', ?, ?, 1, '{}', 'replied', ?, ${t}, ${t + 10}, ?)`
		);
		const reply = db.prepare(
			'INSERT INTO replies (id, statement_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)'
		);
		statement.run('wrote-back', 'feelings', 'feelings', 'k1', null);
		reply.run('r1', 'wrote-back', 'sam', 'Thanks', t + 10);
		reply.run('r2', 'wrote-back', 'child', 'But I am still sad', t + 20);
		// Nobody has answered this one: it waits as unanswered, not as written back.
		db.prepare(
			`INSERT INTO statements (id, young_person_id, kind, template_id, template_version, answers,
				status, idempotency_key, sent_at) VALUES ('unanswered', 'yp', 'feelings', 'feelings', 1, '{}', 'read', 'k4', ${t})`
		).run();
		reply.run('r6', 'unanswered', 'child', 'And another thing', t + 10);
		statement.run('answered', 'feelings', 'feelings', 'k2', null);
		reply.run('r3', 'answered', 'child', 'Hello', t + 10);
		reply.run('r4', 'answered', 'sam', 'Hello Ava', t + 20);
		statement.run('decided', 'make_a_change', 'make_a_change', 'k3', t + 30);
		reply.run('r5', 'decided', 'child', 'Please', t + 10);
		db.prepare(
			"INSERT INTO outcomes (statement_id, decision, explanation, recorded_by, recorded_at) VALUES ('decided', 'agreed', 'Yes', 'sam', ?)"
		).run(t + 30);

		run(db, '0026_answered_back');
		const marked = db
			.prepare('SELECT id, answered_back_at AS at FROM statements ORDER BY id')
			.all() as { id: string; at: number | null }[];
		expect(marked).toEqual([
			{ id: 'answered', at: null },
			{ id: 'decided', at: null },
			{ id: 'unanswered', at: null },
			{ id: 'wrote-back', at: t + 20 }
		]);
	});
});
