import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { queryTestDatabase } from '../helpers/database';

/**
 * A real value for each route parameter, found by the folder it sits under, so
 * every route in the access table gets a concrete URL. A new kind of parameter
 * fails here until it is given one: no route goes unchecked.
 */
export function sample(
	routeId: string,
	query: <T>(sql: string) => T[] = queryTestDatabase
): string {
	const one = (sql: string) => query<{ id: string }>(sql)[0]?.id ?? 'missing';
	const values: Record<string, () => string> = {
		'statements/[id]': () =>
			one(
				"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan'"
			),
		'things/[id]': () =>
			one(
				"SELECT s.id FROM statements s JOIN young_people y ON y.id = s.young_person_id WHERE y.preferred_name = 'Jordan'"
			),
		'young-people/[id]': () => one("SELECT id FROM young_people WHERE preferred_name = 'Jordan'"),
		'meetings/[id]': () =>
			one(
				"SELECT m.id FROM meetings m JOIN young_people y ON y.id = m.young_person_id WHERE y.preferred_name = 'Jordan'"
			),
		'handovers/[id]': () =>
			one(
				"SELECT a.id FROM allocations a JOIN young_people y ON y.id = a.young_person_id WHERE y.preferred_name = 'Jordan'"
			),
		'teams/[id]': () => one('SELECT id FROM teams LIMIT 1'),
		'staff/[id]': () => one("SELECT id FROM users WHERE email = 'sam@glenbrae.example'"),
		'waiting/[workerId]': () => one("SELECT id FROM users WHERE email = 'sam@glenbrae.example'"),
		'you-said/[id]': () => one('SELECT id FROM you_said_we_did LIMIT 1'),
		'complaints/[id]': () => one('SELECT id FROM complaints LIMIT 1'),
		'[kind]': () => 'good_news',
		'[question]': () => 'what',
		'[token]': () => 'not-a-real-link'
	};
	const path = routeId.replace(/\/\([^)]+\)/g, '') || '/';
	return path.replace(
		/(?:([a-z-]+)\/)?\[(\w+)\]/g,
		(whole, folder: string | undefined, param: string) => {
			const provider = values[`${folder}/[${param}]`] ?? values[`[${param}]`];
			if (!provider)
				throw new Error(`No sample value for ${whole} in ${routeId}: add one to the access matrix`);
			return (folder ? `${folder}/` : '') + provider();
		}
	);
}

/** Routes that take an id (`[id]`, `[workerId]`): the ones where someone else's id must find nothing. */
export const routesWithIds = (ids: string[]) => ids.filter((id) => /\[\w*(?:id|Id)\]/.test(id));

const ROUTES_DIR = join(process.cwd(), 'src', 'routes');
const ROUTE_FILES = new Set(['+page.svelte', '+page.server.ts', '+page.ts', '+server.ts']);

/** The route id of every folder in src/routes that serves a page or an endpoint, read from the files. */
export function routeIdsInSource(dir = ROUTES_DIR): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => e.isFile() && ROUTE_FILES.has(e.name))
		? ['/' + relative(ROUTES_DIR, dir).split(sep).join('/')]
		: [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => routeIdsInSource(join(dir, e.name)))
	];
}

/** Every form action in src/routes, found from the files themselves, so a new one is covered at once. */
export function formActions(): { routeId: string; action: string }[] {
	const found: { routeId: string; action: string }[] = [];
	const visit = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) visit(path);
			else if (entry.name === '+page.server.ts') {
				const source = readFileSync(path, 'utf8');
				const block = source.slice(source.indexOf('export const actions'));
				if (!source.includes('export const actions')) continue;
				const routeId = '/' + relative(ROUTES_DIR, dir).split(sep).join('/');
				for (const [, action] of block.matchAll(/^\t(\w+): (?:async )?\(/gm))
					found.push({ routeId: routeId === '/' ? '/' : routeId, action: action! });
			}
		}
	};
	visit(ROUTES_DIR);
	return found;
}
