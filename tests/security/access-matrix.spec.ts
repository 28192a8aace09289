import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { ROUTE_ACCESS, type AccessRule } from '../../src/lib/server/auth/access';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';
import { sample } from './routes';

type Who = 'signed_out' | 'young_person' | 'worker' | 'manager' | 'participation_lead' | 'admin';
const PEOPLE: Record<Exclude<Who, 'signed_out'>, string> = {
	young_person: DEMO.jordan.signIn,
	worker: DEMO.sam.signIn,
	manager: DEMO.manager.signIn,
	participation_lead: DEMO.lead.signIn,
	admin: DEMO.admin.signIn
};

function promised(rule: AccessRule, who: Who): 'enter' | 'sign_in' | 'refused' {
	if (rule === 'public') return 'enter';
	if (who === 'signed_out') return 'sign_in';
	if (rule === 'signed_in') return 'enter';
	return rule.includes(who) ? 'enter' : 'refused';
}

async function signedIn(who: Who, baseURL: string): Promise<APIRequestContext> {
	const context = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL } });
	if (who === 'signed_out') return context;
	const response = await context.post('/login', { form: { identifier: PEOPLE[who], password: DEMO_PASSWORD }, headers: { accept: 'text/html' }, maxRedirects: 0 });
	expect(response.status(), `${who} signs in`).toBe(303);
	return context;
}

const WHO: Who[] = ['signed_out', 'young_person', 'worker', 'manager', 'participation_lead', 'admin'];

for (const who of WHO) {
	test(`every route answers ${who} as the access table promises`, async ({ baseURL }) => {
		const context = await signedIn(who, baseURL!);
		const wrong: string[] = [];
		for (const [routeId, rule] of Object.entries(ROUTE_ACCESS)) {
			if (routeId === '/(public)/logout') continue; // signing out would end this context's session
			const url = sample(routeId);
			const expected = promised(rule, who);
			for (const method of ['GET', 'POST'] as const) {
				const response = await context.fetch(url, { method, headers: { accept: 'text/html' }, maxRedirects: 0, form: method === 'POST' ? { probe: '1' } : undefined });
				const status = response.status();
				const toSignIn = status === 303 && (response.headers().location ?? '').startsWith('/login');
				const outcome = status === 403 ? 'refused' : toSignIn || status === 401 ? 'sign_in' : 'enter';
				// Public pages may send a signed-in person on to their home; that is entering, not refusal.
				if (outcome !== expected && !(expected === 'enter' && status === 303)) wrong.push(`${method} ${url} → ${status} (table: ${expected})`);
				if (status >= 500) wrong.push(`${method} ${url} → ${status}`);
			}
		}
		await context.dispose();
		expect(wrong).toEqual([]);
	});
}
