// Generates a synthetic large authority for `npm run bench`: the real schema (the
// committed migrations), rows shaped as the app's own writes make them, and fixed
// random seeds so every run measures the same data. Nothing here is a real person.
import { hash } from '@node-rs/argon2';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fill } from './fill.js';

export const BENCH_PASSWORD = 'bench-password-2026';

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
	const building = `${path}.building`;
	rmSync(building, { force: true });
	const sqlite = new Database(building);
	// Bulk load: journal off while building; the server reopens it with WAL and synchronous=FULL.
	sqlite.pragma('journal_mode = OFF');
	sqlite.pragma('synchronous = OFF');
	migrate(drizzle(sqlite), { migrationsFolder: 'drizzle' });
	const passwordHash = await hash(BENCH_PASSWORD, {
		memoryCost: 19456,
		timeCost: 2,
		parallelism: 1,
		outputLen: 32
	});
	const started = Date.now();
	fill(sqlite, size, passwordHash, seeded(20261123));
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
