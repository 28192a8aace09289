import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every .svelte file under `folder`. */
function svelteFiles(folder: string): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

describe('words put back into a textarea', () => {
	// Svelte draws an input's defaultValue on the server, but not a textarea's: the box would be
	// empty until the page's script runs, and for good without it (textarea-words.ts).
	it('are never given as a textarea defaultValue, which the server does not draw', () => {
		const offending = svelteFiles('src').filter((file) =>
			[...readFileSync(file, 'utf8').matchAll(/<textarea\b[^>]*>/g)].some(([tag]) =>
				/\bdefaultValue=/.test(tag)
			)
		);
		expect(offending.map((file) => relative('.', file))).toEqual([]);
	});
});
