import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { DEMO, DEMO_PASSWORD, type DemoAccount } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';
import { formActions, sample } from './routes';

/**
 * Replays the kinds of bad input an attack found giving 500s: bodies that are
 * not forms, broken forms, files where text belongs, SvelteKit's reserved action
 * name, impossible dates, a team that does not exist, another child's form key.
 * Every one must be a 4xx (or, for a report, the page saying the filters were
 * wrong), never a 500, and nothing may show a stack trace.
 */

/** Who may use a route's forms, by the part of the app it sits in. */
function whoFor(routeId: string): DemoAccount | null {
	if (routeId.startsWith('/(young-person)')) return 'jordan';
	if (routeId.startsWith('/(staff)/admin')) return 'admin';
	if (routeId.startsWith('/(staff)/lead')) return 'lead';
	if (routeId.startsWith('/(staff)/manager')) return 'manager';
	if (routeId.startsWith('/(staff)/worker')) return 'sam';
	return null;
}

const contexts = new Map<DemoAccount | null, APIRequestContext>();
async function as(who: DemoAccount | null, baseURL: string): Promise<APIRequestContext> {
	let context = contexts.get(who);
	if (context) return context;
	context = await request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	if (who) {
		const response = await context.post('/login', {
			form: { identifier: DEMO[who].signIn, password: DEMO_PASSWORD },
			maxRedirects: 0
		});
		expect(response.status(), `${who} signs in`).toBe(303);
	}
	contexts.set(who, context);
	return context;
}
test.afterAll(async () => {
	for (const context of contexts.values()) await context.dispose();
});

const STACK_TRACE = /\bat [\w.<>$]+ \(|\.(?:js|ts):\d+:\d+|node_modules|TypeError|SqliteError/;

async function expectClientError(
	response: Awaited<ReturnType<APIRequestContext['post']>>,
	what: string
) {
	const body = await response.text();
	expect(response.status(), what).toBeGreaterThanOrEqual(400);
	expect(response.status(), what).toBeLessThan(500);
	expect(body, what).not.toMatch(STACK_TRACE);
}

const BROKEN_MULTIPART = '--XYZ\r\nContent-Disposition: form-data; name="body"\r\n\r\nhello';
const WITH_A_FILE = [
	'--XYZ',
	'Content-Disposition: form-data; name="body"; filename="words.txt"',
	'Content-Type: text/plain',
	'',
	'a file where text belongs',
	'--XYZ--',
	''
].join('\r\n');

const BAD_BODIES: { name: string; contentType: string; data: string }[] = [
	{ name: 'a text/plain body', contentType: 'text/plain', data: 'body=hello' },
	{
		name: 'a broken multipart body',
		contentType: 'multipart/form-data; boundary=XYZ',
		data: BROKEN_MULTIPART
	},
	{
		name: 'a file where text is expected',
		contentType: 'multipart/form-data; boundary=XYZ',
		data: WITH_A_FILE
	},
	{ name: 'a JSON body', contentType: 'application/json', data: '{"body":"hello"}' }
];

test('every form action answers bodies that are not forms with a 4xx and no stack trace', async ({
	baseURL
}) => {
	const actions = formActions();
	// The enumeration itself must find the app's forms, or this test would prove nothing.
	expect(actions.length).toBeGreaterThan(30);
	expect(actions).toContainEqual({ routeId: '/(young-person)/me/say/[kind]', action: 'send' });
	const statements = () =>
		queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM statements')[0]!.n;
	const before = statements();
	for (const { routeId, action } of actions) {
		const context = await as(whoFor(routeId), baseURL!);
		const url = sample(routeId) + (action === 'default' ? '' : `?/${action}`);
		for (const bad of BAD_BODIES) {
			const response = await context.post(url, {
				headers: { 'content-type': bad.contentType },
				data: bad.data,
				maxRedirects: 0
			});
			await expectClientError(response, `${bad.name} to ${url}`);
		}
	}
	expect(statements()).toBe(before);
});

test('SvelteKit\'s reserved action name "default" is a 4xx on every page with forms', async ({
	baseURL
}) => {
	const pages = [...new Set(formActions().map((a) => a.routeId))];
	for (const routeId of pages) {
		const context = await as(whoFor(routeId), baseURL!);
		const response = await context.post(`${sample(routeId)}?/default`, {
			form: { identifier: 'x', password: 'y' },
			maxRedirects: 0
		});
		await expectClientError(response, `${routeId}?/default`);
	}
});

test('a young person with a team that does not exist is refused with a 4xx, and nothing is written', async ({
	baseURL
}) => {
	const admin = await as('admin', baseURL!);
	const form = {
		preferredName: 'Nobody',
		dateOfBirth: '2014-01-01',
		legalStatus: 'foster',
		placementType: 'foster_carer',
		caseReference: 'BAD-TEAM-1',
		language: 'en',
		simpleMode: 'default',
		teamId: 'no-such-team',
		workerId: 'no-such-worker'
	};
	await expectClientError(
		await admin.post('/admin/young-people/new', { form, maxRedirects: 0 }),
		'unknown team and worker'
	);
	await expectClientError(
		await admin.post('/admin/young-people/new', {
			form: { ...form, workerId: '' },
			maxRedirects: 0
		}),
		'unknown team'
	);
	const jordan = sample('/(staff)/admin/young-people/[id]');
	await expectClientError(
		await admin.post(`${jordan}?/update`, {
			form: { ...form, caseReference: 'BAD-TEAM-2' },
			maxRedirects: 0
		}),
		'unknown team on update'
	);
	expect(
		queryTestDatabase("SELECT id FROM young_people WHERE case_reference LIKE 'BAD-TEAM-%'")
	).toEqual([]);
});

test("another young person's form key is refused with a 4xx, and their statement is untouched", async ({
	baseURL
}) => {
	const jordan = await as('jordan', baseURL!);
	const kai = await request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	expect(
		(
			await kai.post('/login', {
				form: { identifier: DEMO.kai.signIn, password: DEMO_PASSWORD },
				maxRedirects: 0
			})
		).status()
	).toBe(303);
	const key = 'bad-input-shared-key-1';
	const first = await jordan.post('/me/say/good_news?/send', {
		form: { what: 'Jordan wrote this', idempotencyKey: key },
		maxRedirects: 0
	});
	expect(first.status()).toBe(303);
	const second = await kai.post('/me/say/good_news?/send', {
		form: { what: 'Kai wrote this', idempotencyKey: key },
		maxRedirects: 0
	});
	await expectClientError(second, "Kai sends with Jordan's key");
	expect(await second.text()).toContain('Kai wrote this');
	const stored = queryTestDatabase<{ answers: string }>(
		'SELECT answers FROM statements WHERE idempotency_key = ?',
		key
	);
	expect(stored.map((s) => JSON.parse(s.answers).what)).toEqual(['Jordan wrote this']);
	await kai.dispose();
});

test('choosing a language goes back only to a page on this site, whatever the form names', async ({
	baseURL
}) => {
	const anyone = await as(null, baseURL!);
	const cases: [next: string, location: string][] = [
		['/help', '/help'],
		['/help?x=1', '/help?x=1'],
		['/€', '/%E2%82%AC'],
		['/日本', '/%E6%97%A5%E6%9C%AC'],
		['/a\r\nX-Evil: 1', '/aX-Evil:%201'],
		['/\\evil.example', '/'],
		['//evil.example', '/'],
		['https://evil.example/', '/'],
		['', '/']
	];
	for (const [next, location] of cases) {
		const response = await anyone.post('/language', {
			form: { locale: 'en', next },
			maxRedirects: 0
		});
		expect(response.status(), JSON.stringify(next)).toBe(303);
		expect(response.headers()['location'], JSON.stringify(next)).toBe(location);
	}
});

test('garbled letters in a complaint are asked for again, as in every other child form, and not kept', async ({
	baseURL
}) => {
	const jordan = await as('jordan', baseURL!);
	const message = 'bad\u0000stuff\uFFFD here';
	const response = await jordan.post('/me/not-happy', {
		form: { kind: 'complaint', message },
		maxRedirects: 0
	});
	await expectClientError(response, 'a complaint with garbled letters');
	expect(await response.text()).toMatch(/Some letters didn.t come through properly/);
	const kept = queryTestDatabase<{ n: number }>(
		"SELECT count(*) AS n FROM complaints WHERE message LIKE 'bad%stuff%'"
	);
	expect(kept[0]!.n).toBe(0);
});
