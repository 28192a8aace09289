import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Services answer with domain results; only routes (and $lib/http, which they
 * use) turn them into fail(), error() or redirect(). A file here may import
 * types from @sveltejs/kit, never a value (ADR 0023).
 */
const ROOT = 'src/lib/server';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		// Tests are not services; this one holds the pattern it looks for.
		return /\.(ts|js)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}

/** Every value (not type) imported from @sveltejs/kit, as "file: name". */
export function httpImports(files: { path: string; text: string }[]): string[] {
	const found: string[] = [];
	const importFromKit = /import\s+(type\s+)?\{([^}]*)\}\s*from\s*['"]@sveltejs\/kit['"]/g;
	for (const { path, text } of files) {
		for (const [, wholeIsType, names] of text.matchAll(importFromKit)) {
			if (wholeIsType) continue;
			for (const name of names!
				.split(',')
				.map((n) => n.trim())
				.filter(Boolean)) {
				if (!name.startsWith('type ')) found.push(`${path}: ${name}`);
			}
		}
	}
	return found;
}

describe('no HTTP inside lib/server', () => {
	it('finds a value imported from @sveltejs/kit, and lets a type through', () => {
		expect(
			httpImports([
				{ path: 'a.ts', text: "import { error, type Cookies } from '@sveltejs/kit';" },
				{ path: 'b.ts', text: "import type { Cookies } from '@sveltejs/kit';" },
				{ path: 'c.ts', text: "import {\n\tfail,\n\tredirect\n} from '@sveltejs/kit';" }
			])
		).toEqual(['a.ts: error', 'c.ts: fail', 'c.ts: redirect']);
	});

	it('no file under src/lib/server imports fail, error, redirect or any other value from @sveltejs/kit', () => {
		const files = sourceFiles(ROOT).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
		expect(files.length).toBeGreaterThan(50);
		expect(httpImports(files)).toEqual([]);
	});
});
