import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * A title written straight into a young person's page would say "Heard" and what the page is
 * about in the tab, even for a child who chose to call Heard "Notes": their pages, the public
 * pages they read, and the error page set it through PageTitle only.
 */
const svelteFiles = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? svelteFiles(join(dir, entry.name))
			: entry.name.endsWith('.svelte')
				? [join(dir, entry.name)]
				: []
	);

const youngPeoplesPages = [
	...svelteFiles('src/routes/(young-person)'),
	...svelteFiles('src/routes/(public)'),
	'src/routes/+error.svelte'
];

describe("a young person's page titles", () => {
	it('are all set through PageTitle', () => {
		expect(youngPeoplesPages.length).toBeGreaterThan(20);
		const ownTitle = youngPeoplesPages.filter((file) => /<title/.test(readFileSync(file, 'utf8')));
		expect(ownTitle).toEqual([]);
	});

	it('every page has one', () => {
		const pages = youngPeoplesPages.filter((file) => file.endsWith('+page.svelte'));
		const untitled = pages.filter((file) => !readFileSync(file, 'utf8').includes('<PageTitle'));
		expect(untitled).toEqual([]);
	});
});
