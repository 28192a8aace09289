import { ROUTE_ACCESS, decideByRoles, homeFor } from './access';
import type { SessionUser } from './session';

/** A route id as a path pattern: (groups) take no segment, each [param] takes exactly one. */
function patternOf(routeId: string): RegExp {
	const segments = routeId.split('/').filter((s) => s !== '' && !/^\(.*\)$/.test(s));
	const body = segments
		.map((s) => '/' + (/^\[\w+\]$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
		.join('');
	return new RegExp(`^${body || '/'}$`);
}

const ROUTES = Object.keys(ROUTE_ACCESS).map((id) => ({ id, pattern: patternOf(id) }));

/**
 * Where to go after signing in. `next` is resolved the way a browser would
 * resolve it against this site, so tricks such as "/\t/evil.example" or a
 * backslash cannot leave the site; and it must be a page this person may open,
 * so a young person is never sent to a staff page nor staff to a young person's.
 * Anything else lands on the person's own home.
 */
export function pageAfterSignIn(next: string | null, origin: string, user: SessionUser): string {
	const home = homeFor(user);
	const target = onThisSite(next, origin);
	if (!target) return home;
	const routes = ROUTES.filter((route) => route.pattern.test(target.pathname));
	if (routes.length === 0 || routes.some((route) => decideByRoles(route.id, user) !== 'allow'))
		return home;
	return target.pathname + target.search;
}

/**
 * `next` resolved as a browser resolves it against this site, or null if that leaves the site
 * or is not an address. Its path comes back encoded, so any character in it is safe to send in
 * a Location header.
 */
export function onThisSite(next: unknown, origin: string): URL | null {
	if (typeof next !== 'string' || next === '') return null;
	try {
		const target = new URL(next, origin);
		return target.origin === origin ? target : null;
	} catch {
		return null;
	}
}
