import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db/connection';

/** Every Markdown file a person follows: the README and everything under docs/. */
function documents(dir = 'docs'): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return documents(path);
		return entry.name.endsWith('.md') ? [path] : [];
	});
}

const scripts = Object.keys(
	JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>
);
const named = ['README.md', ...documents()].flatMap((file) =>
	[
		...new Set(
			Array.from(readFileSync(file, 'utf8').matchAll(/npm run ([\w:.-]+)/g), (match) => match[1]!)
		)
	].map((script) => ({ file, script }))
);

describe('the commands the README and docs tell people to type', () => {
	it('are found', () => {
		expect(named.map((n) => n.script)).toContain('backup');
	});

	it.each(named)('`npm run $script` ($file) is a script in package.json', ({ script }) => {
		expect(scripts).toContain(script);
	});
});

describe('`npm run backup -- <path>`, typed as the README says', () => {
	const dir = mkdtempSync(join(tmpdir(), 'heard-npm-backup-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('copies the database DATABASE_URL names to that path, with its rows', () => {
		const source = join(dir, 'heard.db');
		const live = openDatabase(source);
		live.$client
			.prepare("INSERT INTO teams (id, name, created_at) VALUES ('t1', 'Typed backup team', 1)")
			.run();
		const target = join(dir, 'safe', 'heard-copy.db');
		const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
		const output = execFileSync(npm, ['run', '--silent', 'backup', '--', target], {
			env: { ...process.env, DATABASE_URL: source },
			encoding: 'utf8'
		});
		live.$client.close();
		expect(output).toContain(target);
		const copy = new Database(target, { readonly: true });
		try {
			expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
			expect(copy.prepare('SELECT name FROM teams').all()).toEqual([{ name: 'Typed backup team' }]);
		} finally {
			copy.close();
		}
	});
});
