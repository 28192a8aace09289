import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstLoadWeight } from './http.js';

// A page two folders deep, as a say form is (/me/say/feelings), that starts the app as SvelteKit does.
const SCRIPT = 'export const big = "' + 'x'.repeat(5000) + '";';
const PAGES: Record<string, string> = {
	'/me/say/feelings': '<html><script>import("../../_app/immutable/entry/start.js")</script></html>',
	'/_app/immutable/entry/start.js': SCRIPT
};

let server: Server;
let base = '';
beforeAll(async () => {
	server = createServer((request, response) => response.end(PAGES[request.url ?? ''] ?? ''));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the weight of a first load', () => {
	it('counts the scripts a deeper page starts with a relative import', async () => {
		const weight = await firstLoadWeight(base, '/me/say/feelings', '');
		expect(weight.js).toBe(gzipSync(Buffer.from(SCRIPT)).length);
	});
});
