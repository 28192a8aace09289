// Generates a synthetic authority for `npm run bench`: the real schema (the committed
// migrations), rows shaped as the app's own writes make them, and fixed random seeds so
// every run measures the same data. Nothing here is a real person.
import { hash } from '@node-rs/argon2';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fill } from './fill.js';

export const BENCH_PASSWORD = 'bench-password-2026';
/** Bump when the generated rows change; the migrations are part of the key by themselves. */
const GENERATOR_VERSION = 6;

/**
 * Where generated authorities are kept between runs: outside the repository (the national
 * one is several gigabytes), shared by every checkout on the machine, and named by the
 * migrations and generator they were made with, so a schema change makes a new one.
 */
export function benchDataPath(name, env = process.env) {
	const dir =
		env.HEARD_BENCH_DATA || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'heard-bench');
	const journal = readFileSync('drizzle/meta/_journal.json');
	const key = createHash('sha256').update(journal).update(String(GENERATOR_VERSION)).digest('hex');
	return join(dir, `authority-${name}-${key.slice(0, 12)}.db`);
}

/** A small, fast, seeded generator: the same data on every machine. */
export function seeded(seed) {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = s;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Writes the database to `path` unless it is already there (generation is
 * cached between runs). Sizes: young people, workers, teams, statements.
 */
export async function generateAuthority(path, size) {
	if (existsSync(path)) return path;
	mkdirSync(dirname(path), { recursive: true });
	// Per process: two checkouts generating at once must not write into one file.
	const building = `${path}.building-${process.pid}`;
	rmSync(building, { force: true });
	const sqlite = new Database(building);
	// Bulk load, for generation only: no journal, no fsync, a large page cache; the server
	// reopens the file with WAL and synchronous=FULL.
	sqlite.pragma('journal_mode = OFF');
	sqlite.pragma('synchronous = OFF');
	sqlite.pragma('cache_size = -400000');
	migrate(drizzle(sqlite), { migrationsFolder: 'drizzle' });
	const passwordHash = await hash(BENCH_PASSWORD, {
		memoryCost: 19456,
		timeCost: 2,
		parallelism: 1,
		outputLen: 32
	});
	const started = Date.now();
	withIndexesBuiltAfter(sqlite, () => fill(sqlite, size, passwordHash, seeded(20261123)));
	// The bench measures pages, not the second step: its staff sign in with a password, as the
	// demo's do (ADR 24). A council's Heard requires the second step.
	sqlite
		.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
		.run('staffTwoStepRequired', 'false', Date.now());
	sqlite.pragma('journal_mode = WAL');
	sqlite.exec('ANALYZE');
	sqlite.close();
	renameSync(building, path);
	console.log(`generated ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
	return path;
}

/**
 * Drops the migrations' own indexes, runs `load`, and creates them again from their stored
 * SQL: one sort per index instead of ten million scattered inserts. The schema ends exactly as
 * the migrations left it (bench.test.ts compares the two).
 */
export function withIndexesBuiltAfter(sqlite, load) {
	const indexes = sqlite
		.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
		.all();
	for (const { name } of indexes) sqlite.exec(`DROP INDEX "${name}"`);
	load();
	for (const { sql } of indexes) sqlite.exec(sql);
}
