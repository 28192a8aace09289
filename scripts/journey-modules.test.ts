import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, typed by its use here
import { JOURNEYS, areasImportingEachOther, modulesReached } from './journey-modules.js';

describe('npm run modules', () => {
	it('prints how many project modules each step of a statement’s journey reaches', () => {
		const printed = execFileSync('npm', ['run', '--silent', 'modules'], { encoding: 'utf8' });
		for (const journey of Object.keys(JOURNEYS))
			expect(printed).toMatch(
				new RegExp(`^${journey}: \\d+ modules \\(\\d+ on PostgreSQL\\)$`, 'm')
			);
	});

	it('follows $lib and relative imports and leaves out type-only ones', () => {
		const reached = [...modulesReached(JOURNEYS['the send action'])].map((file: string) =>
			file.slice(file.indexOf('/src/') + 1)
		);
		expect(reached).toContain('src/lib/server/say/send-form.ts');
		expect(reached).toContain('src/lib/server/statements/resent.ts');
		// Only the caseload reads need staff scope; the send path must not pull them in.
		expect(reached).not.toContain('src/lib/server/staff/scope.ts');
		expect(reached.some((file) => file.includes('paraglide'))).toBe(false);
	});

	it('leaves PostgreSQL’s modules out of SQLite’s count, and counts them where they are loaded', () => {
		const onPostgres = (loaded: boolean) =>
			[...modulesReached(JOURNEYS['the send action'], { loaded })].some((file: string) =>
				file.endsWith('src/lib/server/db/connection-pg.ts')
			);
		expect([onPostgres(false), onPostgres(true)]).toEqual([false, true]);
	});

	it('finds no two areas of src/lib importing each other', () => {
		// An area is a folder of src/lib (server/inbox, words); the files at the top of src/lib and
		// src/lib/server put areas together (startup, background tasks) and belong to none.
		expect(areasImportingEachOther()).toEqual([]);
	});
});
