import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_ACCESS } from '../auth/access';

const ADMIN_ROUTES = join(process.cwd(), 'src/routes/(staff)/admin');
const files = (dir: string): string[] =>
	readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

/** Modules that hand out what a young person said. */
const CONTENT = [/subject-access/, /young-people\/words/, /templates\/describe/, /young-people\/things/, /statements\/queries/];

describe('admins manage accounts without reading what young people said', () => {
	it('reach statement content only through the audited subject-access export', () => {
		const readers = files(ADMIN_ROUTES)
			.filter((file) => CONTENT.some((pattern) => pattern.test(readFileSync(file, 'utf8'))))
			.map((file) => relative(ADMIN_ROUTES, file).split(sep).join('/'));
		expect(readers.sort()).toEqual(['young-people/[id]/export.json/+server.ts', 'young-people/[id]/export/+page.server.ts']);
	});

	it('are let into no route of a young person, a worker or a manager', () => {
		const open = Object.entries(ROUTE_ACCESS)
			.filter(([id, rule]) => Array.isArray(rule) && rule.includes('admin') && !id.startsWith('/(staff)/admin'))
			.map(([id]) => id);
		// Their own password page is the only staff page outside /admin they may open.
		expect(open).toEqual(['/(staff)/account/password']);
	});
});
