import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO, DEMO_PASSWORD } from '../helpers/accounts';
import { queryDatabase, wordsYoungPeopleSaid } from '../helpers/database';
import { freshDatabasePath, startOwnServer } from '../helpers/own-server';
import { loginAs } from '../helpers/session';
import { formActions, routeIdsInSource, sample } from './routes';

/**
 * DESIGN §1 and ADR 0010: an administrator never reads what a young person said, except in the
 * subject-access export, which writes its own audit event. Here an administrator tries every way
 * in an attack found or the app offers: reading roles for themselves, password resets, sign-in
 * codes (every one, the first letter too, is made by the child's worker, never by them) and
 * whatever they show. Then every route in src/routes (so a new one is covered at once) and every
 * administrator's form is opened with the administrator's session and with every session those
 * attempts obtained, and no answer may carry the demo's words — except the export. Olly, who has
 * no sign-in, has said something with his worker first (co-use), so a first sign-in the
 * administrator could get would show it. Its own server and database: a password is reset and a
 * young person reassigned here.
 */
const SUBJECT_ACCESS = [
	'/(staff)/admin/young-people/[id]/export',
	'/(staff)/admin/young-people/[id]/export.json'
];
const PASSWORD_LINK = /\/password\/[a-z2-7]{32}/g;
const SIGN_IN_CODE = /\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b/g;
/** The /activate page's hint shows what a code looks like: not a code. */
const EXAMPLE_CODE = 'ABCD-EFGH-JKMN';

let server: Awaited<ReturnType<typeof startOwnServer>>;
let database: string;
const db = <T>(sql: string, ...params: unknown[]) => queryDatabase<T>(database, sql, ...params);
const idOf = (sql: string, ...params: unknown[]) => db<{ id: string }>(sql, ...params)[0]!.id;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(120_000);
	database = freshDatabasePath();
	server = await startOwnServer({ DATABASE_URL: database });
});
test.afterAll(async () => server?.stop());

/** Everything the administrator's side receives passes through here. */
class Watch {
	words = new Map<string, string>();
	leaks: string[] = [];
	secrets = new Set<string>();
	read(where: string, body: string) {
		for (const fragment of this.words.keys())
			if (body.includes(fragment)) this.leaks.push(`${where} shows "${fragment}"`);
		for (const secret of [...body.matchAll(PASSWORD_LINK), ...body.matchAll(SIGN_IN_CODE)])
			if (secret[0] !== EXAMPLE_CODE) this.secrets.add(secret[0]);
	}
}

const post = (page: Page, url: string, form: Record<string, string>) =>
	page.request.post(url, {
		form,
		headers: { origin: server.base, accept: 'text/html' },
		maxRedirects: 0
	});

test('an administrator, and every sign-in they can obtain, reads nothing a young person said outside the audited export', async ({
	browser
}) => {
	// Two sessions, every route for each, every child's record page: a long journey on purpose.
	test.setTimeout(300_000);
	const watch = new Watch();
	const olly = idOf("SELECT id FROM young_people WHERE preferred_name = 'Olly'");
	await test.step('Olly, with no sign-in yet, says something together with his worker', async () => {
		const worker = await browser.newContext({ baseURL: server.base });
		const sam = await worker.newPage();
		await loginAs(sam, 'sam');
		await sam.goto(`/worker/young-people/${olly}/with/good_news`);
		await sam
			.getByLabel("What's the good news?")
			.fill('I scored two goals at football on Saturday');
		await sam.getByRole('button', { name: 'Send', exact: true }).click();
		await expect(sam).toHaveURL(/\/worker\/statements\//);
		await worker.close();
		expect(
			db('SELECT user_id FROM young_people WHERE id = ? AND user_id IS NULL', olly)
		).toHaveLength(1);
	});
	watch.words = wordsYoungPeopleSaid((sql) => db(sql));
	expect([...watch.words.values()]).toContain(olly);
	// The demo's words must be there to be looked for, or this test would prove nothing.
	expect(watch.words.size).toBeGreaterThan(20);

	const context = await browser.newContext({ baseURL: server.base });
	const admin = await context.newPage();
	admin.on('response', async (response) => {
		if (/text|json/.test(response.headers()['content-type'] ?? ''))
			watch.read(`browser ${response.url()}`, await response.text().catch(() => ''));
	});
	await loginAs(admin, 'admin');
	const adminId = idOf('SELECT id FROM users WHERE email = ?', DEMO.admin.signIn);
	const samId = idOf('SELECT id FROM users WHERE email = ?', DEMO.sam.signIn);
	const north = idOf("SELECT id FROM teams WHERE name = 'North Children and Families Team'");
	const jordan = idOf("SELECT id FROM young_people WHERE preferred_name = 'Jordan'");
	const people = db<{ id: string; name: string }>(
		'SELECT id, preferred_name AS name FROM young_people ORDER BY preferred_name'
	);
	const sessions: { who: string; context: APIRequestContext }[] = [
		{ who: 'admin', context: admin.request }
	];

	await test.step('reading roles: not for themselves, not on a new account that is also an administrator', async () => {
		const own = {
			email: DEMO.admin.signIn,
			displayName: 'Morven Reid',
			firstName: 'Morven',
			roles: 'manager',
			[`team_${north}`]: 'manager'
		};
		const attack = await admin.request.post(`/admin/staff/${adminId}?/update`, {
			headers: {
				origin: server.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			data: new URLSearchParams([
				...Object.entries(own),
				['roles', 'admin'],
				['roles', 'worker']
			]).toString()
		});
		expect(attack.status()).toBe(400);
		watch.read('own roles update', await attack.text());
		expect(
			db<{ role: string }>('SELECT role FROM user_roles WHERE user_id = ?', adminId).map(
				(r) => r.role
			)
		).toEqual(['admin']);
		const both = await admin.request.post('/admin/staff/new', {
			headers: {
				origin: server.base,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			data: new URLSearchParams([
				['email', 'both@glenbrae.example'],
				['displayName', 'Both Ways'],
				['firstName', 'Both'],
				['roles', 'admin'],
				['roles', 'worker']
			]).toString()
		});
		watch.read('new admin and worker', await both.text());
		expect(db('SELECT id FROM users WHERE email = ?', 'both@glenbrae.example')).toEqual([]);
	});

	await test.step('a worker account the administrator makes, given Jordan, is never theirs to open', async () => {
		const made = await post(admin, '/admin/staff/new', {
			email: 'eve@glenbrae.example',
			displayName: 'Eve Made',
			firstName: 'Eve',
			roles: 'worker',
			[`team_${north}`]: 'worker'
		});
		watch.read('new worker', await made.text());
		const eve = idOf('SELECT id FROM users WHERE email = ?', 'eve@glenbrae.example');
		watch.read(
			'reassign Jordan',
			await (await post(admin, `/admin/young-people/${jordan}?/reassign`, { workerId: eve })).text()
		);
		// ADR 0010: this cannot be stopped in software, so it is announced and marked in the audit log.
		expect(
			db(
				"SELECT id FROM audit_events WHERE action = 'reading_access_given' AND subject_id = ?",
				eve
			)
		).toHaveLength(1);
	});

	await test.step('password resets show no secret: a worker’s, and their own (refused)', async () => {
		const sam = await post(admin, `/admin/staff/${samId}?/reset`, { confirm: 'yes' });
		const body = await sam.text();
		expect(body).toContain('Sam Taylor is signed out everywhere');
		watch.read("Sam's reset", body);
		const own = await post(admin, `/admin/staff/${adminId}?/reset`, { confirm: 'yes' });
		expect(own.status()).toBe(400);
		watch.read('own reset', await own.text());
	});

	await test.step('sign-in codes: none for any child, by the old letter page, the worker’s page or asking', async () => {
		const codes = () => db<{ n: number }>('SELECT count(*) AS n FROM activation_codes')[0]!.n;
		const before = codes();
		for (const person of people) {
			const old = await admin.request.get(`/admin/young-people/${person.id}/letter`, {
				maxRedirects: 0
			});
			expect(old.status(), `old letter page for ${person.name}`).toBe(404);
			watch.read(`old letter page for ${person.name}`, await old.text());
			const issued = await post(admin, `/admin/young-people/${person.id}/letter?/issue`, {});
			expect([403, 404, 405], `old letter action for ${person.name}`).toContain(issued.status());
			watch.read(`old letter action for ${person.name}`, await issued.text());
			const workers = await post(
				admin,
				`/worker/young-people/${person.id}/sign-in-code?/issue`,
				{}
			);
			expect([403, 404], `worker's code page for ${person.name}`).toContain(workers.status());
			watch.read(`worker's code page for ${person.name}`, await workers.text());
			watch.read(
				`asking for ${person.name}`,
				await (await post(admin, `/admin/young-people/${person.id}?/askForLetter`, {})).text()
			);
		}
		expect(codes()).toBe(before);
		expect(db('SELECT id FROM activation_codes WHERE created_by = ?', adminId)).toEqual([]);
		expect([...watch.secrets], 'no sign-in code ever reaches the administrator').toEqual([]);
	});

	await test.step('whatever was shown is tried: links opened, codes used on a child’s username and a new one', async () => {
		expect(
			[...watch.secrets].filter((s) => s.startsWith('/password/')),
			'no password link ever reaches the administrator'
		).toEqual([]);
		for (const code of watch.secrets) {
			for (const username of [DEMO.jordan.signIn, `taken-${Date.now() % 100000}`]) {
				const attempt = await request.newContext({
					baseURL: server.base,
					extraHTTPHeaders: { origin: server.base, accept: 'text/html' }
				});
				const form = {
					code,
					username,
					password: 'the administrator chose this',
					passwordAgain: 'the administrator chose this'
				};
				const answer = await attempt.post('/activate', { form, maxRedirects: 0 });
				watch.read(`activation as ${username}`, await answer.text());
				if (answer.status() === 303)
					sessions.push({ who: `signed up as ${username} with ${code}`, context: attempt });
				else await attempt.dispose();
			}
		}
		// What an attacker holds now: the administrator's own session, and no child's sign-in.
		expect(sessions.map((s) => s.who)).toEqual(['admin']);
		expect(
			db('SELECT user_id FROM young_people WHERE id = ? AND user_id IS NULL', olly)
		).toHaveLength(1);
		// Jordan's sign-in is untouched.
		const jordanAccount = await request.newContext({
			baseURL: server.base,
			extraHTTPHeaders: { origin: server.base, accept: 'text/html' }
		});
		expect(
			(
				await jordanAccount.post('/login', {
					form: { identifier: DEMO.jordan.signIn, password: DEMO_PASSWORD },
					maxRedirects: 0
				})
			).status()
		).toBe(303);
		await jordanAccount.dispose();
	});

	await test.step('every route, with every session obtained: nothing said shows, and the export audits itself', async () => {
		const exports = (youngPersonId: string) =>
			db<{ n: number }>(
				"SELECT count(*) AS n FROM audit_events WHERE action = 'subject_access_exported' AND actor_id = ? AND young_person_id = ?",
				adminId,
				youngPersonId
			)[0]!.n;
		for (const { who, context } of sessions) {
			for (const routeId of routeIdsInSource()) {
				if (routeId === '/(public)/logout') continue;
				const each = routeId.includes('young-people/[id]') ? people.map((p) => p.id) : [null];
				for (const youngPersonId of each) {
					const url = youngPersonId
						? sample(routeId, (sql) => db(sql)).replace(
								/young-people\/[^/]+/,
								`young-people/${youngPersonId}`
							)
						: sample(routeId, (sql) => db(sql));
					const before = youngPersonId ? exports(youngPersonId) : 0;
					const response = await context.get(url, {
						headers: { accept: 'text/html' },
						maxRedirects: 0
					});
					const body = await response.text();
					expect(response.status(), `${who}: ${url}`).toBeLessThan(500);
					if (who === 'admin' && SUBJECT_ACCESS.includes(routeId)) {
						expect(exports(youngPersonId!), `${url} writes its own audit event`).toBe(before + 1);
						// The export does hold the words, so the look-out above would have seen them anywhere else.
						const theirs = [...watch.words]
							.filter(([, owner]) => owner === youngPersonId)
							.map(([fragment]) => fragment);
						for (const fragment of theirs) expect(body, url).toContain(fragment);
					} else watch.read(`${who}: GET ${url}`, body);
				}
			}
		}
	});

	await test.step("every administrator's form, sent as it stands", async () => {
		for (const { routeId, action } of formActions().filter((a) =>
			a.routeId.startsWith('/(staff)/admin')
		)) {
			const url = sample(routeId, (sql) => db(sql)) + (action === 'default' ? '' : `?/${action}`);
			const answer = await post(admin, url, { probe: '1' });
			expect(answer.status(), url).toBeLessThan(500);
			watch.read(`POST ${url}`, await answer.text());
		}
	});

	expect(watch.leaks).toEqual([]);
	expect(
		[...watch.secrets],
		'no sign-in code or password link, anywhere the administrator looked'
	).toEqual([]);
	for (const { who, context } of sessions) if (who !== 'admin') await context.dispose();
	await context.close();
});
