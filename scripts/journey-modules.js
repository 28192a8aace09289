// How many of Heard's own modules one statement passes through, from the form
// to the inbox to a report: the project files reached by static imports from
// each page's server and component files (generated messages, packages and
// type-only imports left out). Fewer means less to read before changing a step.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const say = 'src/routes/(young-person)/me/say/[kind]';
const worker = 'src/routes/(staff)/worker';
const lead = 'src/routes/(staff)/lead';
const page = (folder) => [`${folder}/+page.server.ts`, `${folder}/+page.svelte`];

export const JOURNEYS = {
	'the send action': [`${say}/+page.server.ts`],
	'the say page': page(say),
	'send → inbox → statement → report': [
		...page(say),
		...page(worker),
		...page(`${worker}/statements/[id]`),
		...page(lead)
	]
};

const IMPORT = /(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
const ENDINGS = ['', '.ts', '.js', '.svelte', '/index.ts', '/index.js'];

function resolveImport(from, specifier) {
	let base;
	if (specifier.startsWith('$lib/')) base = join(root, 'src/lib', specifier.slice(5));
	else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
	else return null;
	if (base.includes('/paraglide')) return null;
	for (const stem of [base.replace(/\.js$/, ''), base])
		for (const ending of ENDINGS) {
			const file = stem + ending;
			if (existsSync(file) && statSync(file).isFile()) return file;
		}
	return null;
}

/** The project files reached from the entries. */
export function modulesReached(entries) {
	const seen = new Set();
	const visit = (file) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const [, typeOnly, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const next = typeOnly ? null : resolveImport(file, specifier);
			if (next) visit(next);
		}
	};
	for (const entry of entries) visit(join(root, entry));
	return seen;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [journey, entries] of Object.entries(JOURNEYS))
		console.log(`${journey}: ${modulesReached(entries).size} modules`);
}
