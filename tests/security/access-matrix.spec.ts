import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';
import { EXPECTED_ACCESS, type Expected } from './expected-access';
import { routeIdsInSource, sample } from './routes';

type Who =
	| 'signed_out'
	| 'young_person'
	| 'worker'
	| 'manager'
	| 'participation_lead'
	| 'admin'
	| 'complaints_team';
const PEOPLE: Record<Exclude<Who, 'signed_out'>, { signIn: string; roles: Expected }> = {
	young_person: { signIn: DEMO.jordan.signIn, roles: ['young_person'] },
	worker: { signIn: DEMO.sam.signIn, roles: ['worker'] },
	// The demo manager is also a worker, as managers often are.
	manager: { signIn: DEMO.manager.signIn, roles: ['manager', 'worker'] },
	participation_lead: { signIn: DEMO.lead.signIn, roles: ['participation_lead'] },
	admin: { signIn: DEMO.admin.signIn, roles: ['admin'] },
	// A worker in the demo's complaints team (Admin → Settings chose it).
	complaints_team: { signIn: DEMO.aileen.signIn, roles: ['worker', 'complaints_team'] }
};

/** What the reviewed table (not the app's own) says this person gets at this route. */
function promised(expected: Expected, who: Who): 'enter' | 'sign_in' | 'refused' {
	if (expected === 'anyone') return 'enter';
	if (who === 'signed_out') return 'sign_in';
	const roles = PEOPLE[who].roles as string[];
	return expected.some((role) => roles.includes(role)) ? 'enter' : 'refused';
}

async function signedIn(who: Who, baseURL: string): Promise<APIRequestContext> {
	const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
	if (who === 'signed_out') return context;
	const response = await context.post('/login', {
		form: { identifier: PEOPLE[who].signIn, password: DEMO_PASSWORD },
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `${who} signs in`).toBe(303);
	return context;
}

test('the expected-access table lists every route in src/routes, and no route that is gone', () => {
	const found = routeIdsInSource();
	// The enumeration must itself find the app, or this check would prove nothing.
	expect(found).toContain('/(young-person)/me/say/[kind]');
	expect(found).toContain('/(staff)/admin/young-people/[id]/export.json');
	expect(
		found.filter((id) => !(id in EXPECTED_ACCESS)),
		'add these routes to tests/security/expected-access.ts'
	).toEqual([]);
	expect(
		Object.keys(EXPECTED_ACCESS).filter((id) => !found.includes(id)),
		'remove these from tests/security/expected-access.ts'
	).toEqual([]);
});

const WHO: Who[] = [
	'signed_out',
	'young_person',
	'worker',
	'manager',
	'participation_lead',
	'admin',
	'complaints_team'
];

for (const who of WHO) {
	test(`every route answers ${who} as the reviewed table expects`, async ({ baseURL }) => {
		const context = await signedIn(who, baseURL!);
		const wrong: string[] = [];
		for (const [routeId, expectedRoles] of Object.entries(EXPECTED_ACCESS)) {
			if (routeId === '/(public)/logout') continue; // signing out would end this context's session
			const url = sample(routeId);
			const expected = promised(expectedRoles, who);
			for (const method of ['GET', 'POST'] as const) {
				const response = await context.fetch(url, {
					method,
					headers: { accept: 'text/html' },
					maxRedirects: 0,
					form: method === 'POST' ? { probe: '1' } : undefined
				});
				const status = response.status();
				const toSignIn = status === 303 && (response.headers().location ?? '').startsWith('/login');
				const outcome =
					status === 403 ? 'refused' : toSignIn || status === 401 ? 'sign_in' : 'enter';
				// Public pages may send a signed-in person on to their home; that is entering, not refusal.
				if (outcome !== expected && !(expected === 'enter' && status === 303))
					wrong.push(`${method} ${url} → ${status} (expected: ${expected})`);
				if (status >= 500) wrong.push(`${method} ${url} → ${status}`);
			}
		}
		await context.dispose();
		expect(wrong).toEqual([]);
	});
}
