import { expect, request, test, type APIRequestContext } from '@playwright/test';
import { DEMO_PASSWORD } from '../helpers/accounts';
import { queryTestDatabase } from '../helpers/database';

let jordan: APIRequestContext;
const count = () =>
	queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM statements')[0]?.n ?? 0;

test.beforeAll(async ({ baseURL }) => {
	jordan = await request.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL!, accept: 'text/html' }
	});
	await jordan.post('/login', {
		form: { identifier: 'jordan', password: DEMO_PASSWORD },
		maxRedirects: 0
	});
});
test.afterAll(() => jordan.dispose());

const send = (kind: string, form: Record<string, string>) =>
	jordan.post(`/me/say/${kind}?/send`, { form, maxRedirects: 0 });

test('bad input gets a clear 4xx, never a 500 and never a partial write', async () => {
	const before = count();
	const cases: [string, Record<string, string>, number[]][] = [
		['good_news', { what: 'x'.repeat(2001), idempotencyKey: 'limits-aaaaaaaa1' }, [400]],
		['good_news', { what: '', idempotencyKey: 'limits-aaaaaaaa2' }, [400]],
		['good_news', { what: 'no key' }, [400]],
		[
			'make_a_change',
			{ category: 'not-a-category', what: 'x', idempotencyKey: 'limits-aaaaaaaa3' },
			[400]
		],
		['feelings', { safe: 'banana', idempotencyKey: 'limits-aaaaaaaa4' }, [400]],
		[
			'before_meeting',
			{ meeting: 'someone-elses-meeting', idempotencyKey: 'limits-aaaaaaaa5' },
			[400]
		],
		['no_such_kind', { what: 'x', idempotencyKey: 'limits-aaaaaaaa6' }, [404]],
		['my_future', { home: 'not a care leaver', idempotencyKey: 'limits-aaaaaaaa7' }, [404]]
	];
	for (const [kind, form, statuses] of cases) {
		const response = await send(kind, form);
		expect(statuses, `${kind} ${JSON.stringify(form).slice(0, 60)}`).toContain(response.status());
	}
	expect(count()).toBe(before);
});

test('an oversize body is refused with 413', async () => {
	const before = count();
	const response = await send('good_news', {
		what: 'x'.repeat(200_000),
		idempotencyKey: 'limits-oversize-1'
	});
	expect(response.status()).toBe(413);
	expect(count()).toBe(before);
});

test('a push subscription far bigger than one is refused with 413, and no device is kept', async () => {
	const devices = () =>
		queryTestDatabase<{ n: number }>('SELECT count(*) AS n FROM push_subscriptions')[0]?.n ?? 0;
	const before = devices();
	const padded = JSON.stringify({
		endpoint: 'https://fcm.googleapis.com/fcm/send/padded',
		keys: { p256dh: 'B' + 'A'.repeat(86), auth: 'A'.repeat(22) },
		padding: 'x'.repeat(5_000_000)
	});
	const response = await jordan.put('/push', {
		headers: { 'content-type': 'application/json' },
		data: padded
	});
	expect(response.status()).toBe(413);
	expect(devices()).toBe(before);
});

test('malformed encodings are refused, not stored', async () => {
	const before = count();
	const response = await jordan.post('/me/say/good_news?/send', {
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		data: 'what=%E0%A4%A&idempotencyKey=limits-bad-encoding-1',
		maxRedirects: 0
	});
	expect(response.status()).toBeGreaterThanOrEqual(400);
	expect(response.status()).toBeLessThan(500);
	expect(count()).toBe(before);
});
