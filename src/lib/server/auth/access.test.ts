import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Role } from '$lib/vocabulary';
import { ROUTE_ACCESS, decideAccess, homeFor } from './access';

const ROUTES_DIR = join(process.cwd(), 'src', 'routes');
const ROUTE_FILES = new Set(['+page.svelte', '+page.server.ts', '+page.ts', '+server.ts']);

/** SvelteKit route ids of every directory that serves a page or an endpoint. */
function routeIds(dir = ROUTES_DIR): string[] {
	const entries = readdirSync(dir, { withFileTypes: true });
	const here = entries.some((e) => e.isFile() && ROUTE_FILES.has(e.name))
		? ['/' + relative(ROUTES_DIR, dir).split(sep).join('/')]
		: [];
	return [
		...here,
		...entries.filter((e) => e.isDirectory()).flatMap((e) => routeIds(join(dir, e.name)))
	];
}

const as = (...roles: Role[]) => ({ id: 'u', displayName: 'U', firstName: 'U', roles });

describe('the route access table', () => {
	const found = routeIds();

	it('finds the routes it is meant to check', () => {
		expect(found).toContain('/(public)/login');
		expect(found).toContain('/(young-person)/me/say/[kind]');
		expect(found).toContain('/healthz');
	});

	it('has a rule for every route', () => {
		const missing = found.filter((id) => !(id in ROUTE_ACCESS));
		expect(missing, 'add these routes to ROUTE_ACCESS').toEqual([]);
	});

	it('has no rule for a route that does not exist', () => {
		const stale = Object.keys(ROUTE_ACCESS).filter((id) => !found.includes(id));
		expect(stale, 'remove these from ROUTE_ACCESS').toEqual([]);
	});
});

describe('decideAccess', () => {
	it('refuses a route that is not in the table, even to an admin', async () => {
		expect(await decideAccess('/(staff)/secret', as('admin'))).toBe('forbidden');
		expect(await decideAccess('/(staff)/secret', null)).toBe('forbidden');
	});

	it('lets only the complaints team into complaints, and never an administrator', async () => {
		const route = '/(staff)/complaints/[id]';
		expect(await decideAccess(route, null, () => true)).toBe('sign_in_first');
		expect(await decideAccess(route, as('worker'), () => false)).toBe('forbidden');
		expect(await decideAccess(route, as('worker'), () => true)).toBe('allow');
		expect(await decideAccess(route, as('admin'), () => true)).toBe('forbidden');
		expect(await decideAccess(route, as('manager'))).toBe('forbidden');
	});

	it('lets an unmatched request through so SvelteKit can answer 404', async () => {
		expect(await decideAccess(null, null)).toBe('allow');
	});

	it('lets anyone into a public route, signed in or not', async () => {
		expect(await decideAccess('/(public)/login', null)).toBe('allow');
		expect(await decideAccess('/healthz', null)).toBe('allow');
		expect(await decideAccess('/(public)/help', as('young_person'))).toBe('allow');
	});

	it('asks a signed-out visitor to sign in before a role-restricted route', async () => {
		expect(await decideAccess('/(staff)/worker', null)).toBe('sign_in_first');
		expect(await decideAccess('/(young-person)/me', null)).toBe('sign_in_first');
	});

	it('keeps young people out of staff routes and staff out of young people’s', async () => {
		expect(await decideAccess('/(staff)/worker', as('young_person'))).toBe('forbidden');
		expect(await decideAccess('/(staff)/admin', as('manager', 'worker'))).toBe('forbidden');
		expect(await decideAccess('/(young-person)/me', as('worker'))).toBe('forbidden');
	});

	it('lets the roles listed in the table in', async () => {
		expect(await decideAccess('/(staff)/worker', as('manager'))).toBe('allow');
		expect(await decideAccess('/(staff)/worker', as('worker'))).toBe('allow');
		expect(await decideAccess('/(staff)/lead', as('participation_lead'))).toBe('allow');
		expect(await decideAccess('/(young-person)/me/say/[kind]', as('young_person'))).toBe('allow');
	});
});

describe('homeFor', () => {
	it.each([
		[['young_person'], '/me'],
		[['worker'], '/worker'],
		[['manager'], '/manager'],
		[['participation_lead'], '/lead'],
		[['admin'], '/admin'],
		[['manager', 'worker'], '/manager'],
		[[], '/']
	] as [Role[], string][])('sends %j to %s', (roles, home) => {
		expect(homeFor({ roles })).toBe(home);
	});

	it('sends every home to a route the same person may enter', async () => {
		for (const role of [
			'young_person',
			'worker',
			'manager',
			'participation_lead',
			'admin'
		] as const) {
			const home = homeFor({ roles: [role] });
			const routeId = Object.keys(ROUTE_ACCESS).find(
				(id) => id.replace(/\/\([^)]+\)/g, '') === home
			);
			expect(routeId, `a route for ${home}`).toBeDefined();
			expect(await decideAccess(routeId!, as(role))).toBe('allow');
		}
	});
});
