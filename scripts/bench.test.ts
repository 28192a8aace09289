import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db/connection';
// @ts-expect-error: plain JavaScript modules of the benchmark, without types
import { benchDataPath, generateAuthority } from './bench/generate.js';
// @ts-expect-error: as above
import { benchOptions } from './bench/options.js';
// @ts-expect-error: as above
import { SUBMISSION_EVERY, mixRequest } from './bench/mix.js';
// @ts-expect-error: as above
import { isYoungPersonsPage, patternOf } from './bench/young-pages.js';

const dir = mkdtempSync(join(tmpdir(), 'heard-bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type SchemaRow = { type: string; name: string; sql: string | null };
const schemaOf = (db: Database.Database) =>
	db
		.prepare('SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE ? ORDER BY type, name')
		.all('sqlite_stat%') as SchemaRow[];

describe('the generated authorities', () => {
	it('are bulk loaded, yet end with exactly the schema the migrations make: every index and trigger', async () => {
		const path = join(dir, 'tiny.db');
		await generateAuthority(path, { youngPeople: 60, workers: 8, teams: 2, statements: 1200 });
		const generated = new Database(path, { readonly: true });
		const migrated = openDatabase(join(dir, 'migrated.db'));
		expect(schemaOf(generated)).toEqual(schemaOf(migrated.$client));
		const count = (table: string) =>
			(generated.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
		expect(count('young_people')).toBe(60);
		expect(count('teams')).toBe(2);
		expect(count('statements')).toBe(1200);
		// The indexes are built and used: a young person's statements are found through theirs.
		const plan = generated
			.prepare('EXPLAIN QUERY PLAN SELECT id FROM statements WHERE young_person_id = ?')
			.all('x') as { detail: string }[];
		expect(plan.map((p) => p.detail).join(' ')).toContain('statements_young_person_idx');
		generated.close();
		migrated.$client.close();
	});

	it('are kept outside the repository, named by the migrations they were made with', () => {
		const path = benchDataPath('national', { XDG_CACHE_HOME: '/var/cache/x' }) as string;
		expect(path).toMatch(/^\/var\/cache\/x\/heard-bench\/authority-national-[0-9a-f]{12}\.db$/);
		expect(resolve(path).startsWith(resolve('.'))).toBe(false);
		expect(benchDataPath('national', { HEARD_BENCH_DATA: '/data/b' })).toMatch(/^\/data\/b\//);
	});
});

describe('`npm run bench` options', () => {
	it('runs every part unless told, and one part with --only', () => {
		expect(benchOptions([])).toEqual({
			sections: ['council', 'national', 'weight'],
			seconds: 60
		});
		expect(benchOptions(['--only', 'weight'])).toEqual({ sections: ['weight'], seconds: 60 });
		expect(benchOptions(['--only', 'national'])).toEqual({ sections: ['national'], seconds: 60 });
		expect(benchOptions(['--only=council', '--seconds', '10'])).toEqual({
			sections: ['council'],
			seconds: 10
		});
	});

	it('refuses a part that does not exist, as typed: `npm run bench -- --only nation`', () => {
		const run = spawnSync('npm', ['run', 'bench', '--', '--only', 'nation'], { encoding: 'utf8' });
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--only takes one of: council, national, weight');
	});
});

describe("the weight of every young person's page", () => {
	it('follows their own pages, one of each, and leaves out recordings and downloads', () => {
		for (const page of [
			'/me',
			'/me/say/worried',
			'/me/things/a1B2',
			'/me/settings/signed-in',
			'/help'
		])
			expect(isYoungPersonsPage(page), page).toBe(true);
		for (const notAPage of ['/me/things/a1/voice/what', '/me/words/download', '/worker', '/logout'])
			expect(isYoungPersonsPage(notAPage), notAPage).toBe(false);
		expect(patternOf('/me/things/a1B2/correct')).toBe('/me/things/[id]/correct');
		expect(patternOf('/me/meetings/m9')).toBe('/me/meetings/[id]');
	});
});

describe('the national mix', () => {
	it('sends one statement for every ten pages, viewed by young people and workers alike', () => {
		const signedIn = {
			youngPeople: ['yp-a', 'yp-b'],
			workers: [{ cookie: 'w-a', youngPersonId: 'p1' }]
		};
		const requests = Array.from({ length: SUBMISSION_EVERY * 20 }, (_, i) =>
			mixRequest('http://h', signedIn, i, 't')
		) as { url: string; init: { method?: string } }[];
		const sent = requests.filter((r) => r.init.method === 'POST');
		expect(sent.length * 10).toBe(requests.length - sent.length);
		const paths = requests.filter((r) => !r.init.method).map((r) => new URL(r.url).pathname);
		expect(new Set(paths)).toEqual(
			new Set(['/me', '/me/you-said', '/worker', '/worker/young-people/p1'])
		);
	});
});
