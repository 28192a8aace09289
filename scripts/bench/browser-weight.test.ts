import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript script, typed by its use here
import { firstVisitWeight } from './browser-weight.js';

// A page two folders deep that starts its app as SvelteKit does: the entry is imported by the
// page, and the page's own script only by the entry, once it runs.
const PAGE =
	'<html><link rel="icon" href="data:,"><script type="module">import("../../_app/entry.js")</script></html>';
const ENTRY = 'import("./page.js");';
const OWN = 'export const big = "' + 'x'.repeat(5000) + '";';
const FILES: Record<string, [string, string]> = {
	'/me/say/feelings': ['text/html', PAGE],
	'/_app/entry.js': ['text/javascript', ENTRY],
	'/_app/page.js': ['text/javascript', OWN]
};

let server: Server;
let base = '';
beforeAll(async () => {
	server = createServer((request, response) => {
		const [type, body] = FILES[request.url ?? ''] ?? ['text/plain', ''];
		response.setHeader('content-type', type);
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

const gzipped = (text: string) => gzipSync(Buffer.from(text)).length;

describe('the weight of a first visit', () => {
	it('counts every script the page fetches, those the app imports as it starts too', async () => {
		const weight = await firstVisitWeight(base, '/me/say/feelings', '');
		expect(weight.js).toBe(gzipped(ENTRY) + gzipped(OWN));
		expect(weight.total).toBe(weight.js + gzipped(PAGE));
	});
});
