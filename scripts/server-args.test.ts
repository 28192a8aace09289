import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SERVER_ARGS } from './server-args.js';

describe('the server command', () => {
	it('is the same for `npm run serve` as for the tests and the benchmark', () => {
		const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<
			string,
			string
		>;
		expect(scripts.serve).toBe(`node ${SERVER_ARGS.join(' ')}`);
		expect(scripts.start).toContain('npm run serve');
	});
});
