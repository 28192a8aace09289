/*
 * The benchmark's load of a generated authority into PostgreSQL (scripts/bench/postgres-load.js):
 * every row arrives, each value converted to PostgreSQL's own type, and the database ends with
 * exactly the indexes, keys and triggers drizzle-pg/'s migrations make, though the load drops
 * them while it copies.
 */
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadAuthority } from '../../scripts/bench/postgres-load.js';
import { migratedPostgres } from './database';

// The generator is the bench's plain JavaScript, outside the type-checked project (its rows are
// written untyped); imported by a name TypeScript does not follow.
const GENERATOR: string = '../../scripts/bench/generate.js';
const { generateAuthority } = await import(/* @vite-ignore */ GENERATOR);

const dir = mkdtempSync(join(tmpdir(), 'heard-bench-load-'));
const source = join(dir, 'tiny.db');
const name = `heard_bench_load_${process.pid}`;
const admin = postgres(inject('postgresUrl'), { max: 1, onnotice: () => {} });
const url = Object.assign(new URL(inject('postgresUrl')), { pathname: `/${name}` }).href;
const sql = postgres(url, { max: 1, onnotice: () => {} });
const awkward = 'A tab\there, a line\nend, a back\\slash and "quotes" \\N';
let loaded: Record<string, number>;

beforeAll(async () => {
	await generateAuthority(source, { youngPeople: 40, workers: 6, teams: 2, statements: 800 });
	// What the generator does not make: a voice note (a blob), an audit event (an identity and a
	// JSON detail) and words COPY's text format must escape.
	const sqlite = new Database(source);
	const statement = sqlite.prepare('SELECT id FROM statements LIMIT 1').pluck().get() as string;
	sqlite
		.prepare(
			`INSERT INTO statement_voice_notes (statement_id, question_id, content_type, bytes, size, digest, created_at)
			 VALUES (?, 'what', 'audio/webm', ?, 4, 'd', 1767225600000)`
		)
		.run(statement, Buffer.from([0, 92, 9, 255]));
	sqlite.prepare('UPDATE replies SET body = ? WHERE rowid = 1').run(awkward);
	sqlite
		.prepare('INSERT INTO audit_events (id, at, action, detail) VALUES (41, 1767225600000, ?, ?)')
		.run('bench.test', JSON.stringify({ said: awkward }));
	sqlite.close();
	await admin.unsafe(`CREATE DATABASE ${name}`);
	loaded = await loadAuthority(source, url);
}, 120_000);

afterAll(async () => {
	await sql.end();
	await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
	await admin.unsafe(`DROP DATABASE IF EXISTS ${name}_refused WITH (FORCE)`);
	await admin.end();
	rmSync(dir, { recursive: true, force: true });
});

describe('a generated authority loaded into PostgreSQL for the bench', () => {
	it('has every row of every table', async () => {
		const sqlite = new Database(source, { readonly: true });
		for (const [table, n] of Object.entries(loaded)) {
			const there = sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
			const [{ here }] = (await sql`SELECT count(*)::int AS here FROM ${sql(table)}`) as [
				{ here: number }
			];
			expect([table, here], table).toEqual([table, there]);
			expect(here).toBe(n);
		}
		expect(loaded.statements).toBe(800);
		expect(loaded.bank_holidays).toBeGreaterThan(0);
		sqlite.close();
	});

	it('converts each value to its column: moments, flags, JSON, blobs and escaped words', async () => {
		const sqlite = new Database(source, { readonly: true });
		const want = sqlite
			.prepare('SELECT id, sent_at, urgent, answers FROM statements WHERE urgent = 1 LIMIT 1')
			.get() as { id: string; sent_at: number; urgent: number; answers: string };
		const [got] = await sql`SELECT sent_at, urgent, answers FROM statements WHERE id = ${want.id}`;
		expect(got!.sent_at).toEqual(new Date(want.sent_at));
		expect(got!.urgent).toBe(true);
		expect(got!.answers).toEqual(JSON.parse(want.answers));
		sqlite.close();
		const [note] = await sql`SELECT bytes, created_at FROM statement_voice_notes`;
		expect([...note!.bytes]).toEqual([0, 92, 9, 255]);
		expect(note!.created_at).toEqual(new Date(1767225600000));
		const bodies = await sql`SELECT body FROM replies WHERE body = ${awkward}`;
		expect(bodies).toHaveLength(1);
		const [event] = await sql`SELECT detail FROM audit_events WHERE id = 41`;
		expect(event!.detail).toEqual({ said: awkward });
	});

	it('ends with the migrations’ own indexes, keys and triggers, analysed, and its identities moved on', async () => {
		const migrated = await migratedPostgres();
		try {
			const schemaOf = async (db: postgres.Sql) => ({
				indexes: await db`SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'
					ORDER BY indexname`,
				constraints: await db`SELECT conname, pg_get_constraintdef(oid) AS definition, convalidated
					FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY conname`,
				triggers: await db`SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal
					ORDER BY tgname`
			});
			const [here, there] = [await schemaOf(sql), await schemaOf(migrated.sql)];
			expect(here.indexes.length).toBeGreaterThan(30);
			expect(here).toEqual(there);
		} finally {
			await migrated.drop();
		}
		const [{ analysed }] = (await sql`SELECT count(*)::int AS analysed FROM pg_stat_user_tables
			WHERE relname = 'statements' AND last_analyze IS NOT NULL`) as [{ analysed: number }];
		expect(analysed).toBe(1);
		const [{ id }] = (await sql`INSERT INTO audit_events (at, action) VALUES (now(), 'next')
			RETURNING id`) as [{ id: string }];
		expect(Number(id)).toBe(42);
		// The app's own triggers are on again: the audit log refuses a change.
		await expect(sql`UPDATE audit_events SET action = 'x' WHERE id = 41`).rejects.toThrow(
			'append-only'
		);
	});

	it('fails, and says so, when PostgreSQL refuses a row, rather than waiting for ever', async () => {
		const bad = join(dir, 'bad.db');
		copyFileSync(source, bad);
		const sqlite = new Database(bad);
		sqlite.prepare("UPDATE statements SET answers = 'not JSON' WHERE rowid = 7").run();
		sqlite.close();
		await admin.unsafe(`CREATE DATABASE ${name}_refused`);
		const refused = Object.assign(new URL(url), { pathname: `/${name}_refused` }).href;
		await expect(loadAuthority(bad, refused)).rejects.toThrow('refused the rows of statements');
	});
});
