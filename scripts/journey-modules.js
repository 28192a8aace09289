// How many of Heard's own modules one statement passes through, from the form
// to the inbox to a report: the project files reached by static imports from
// each page's server and component files (generated messages, packages and
// type-only imports left out). Fewer means less to read before changing a step. It also names
// the areas of src/lib that import each other.
// PostgreSQL's modules are loaded with import() only when DATABASE_URL names it (ADR 46); the
// count is SQLite's, the default, and the count with them is printed beside it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

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
const IMPORT_WHEN_NEEDED = /import\(\s*()['"]([^'"]+)['"]\s*\)/g;
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

/** The project files `file` imports (not type-only), with those it loads by import() if `loaded`. */
function importsOf(file, loaded = false) {
	const text = readFileSync(file, 'utf8');
	const imports = [...text.matchAll(IMPORT), ...(loaded ? text.matchAll(IMPORT_WHEN_NEEDED) : [])];
	return imports.flatMap(([, typeOnly, specifier]) =>
		typeOnly ? [] : (resolveImport(file, specifier) ?? [])
	);
}

/** The project files reached from the entries, with those import() loads if `loaded`. */
export function modulesReached(entries, { loaded = false } = {}) {
	const seen = new Set();
	const visit = (file) => {
		if (seen.has(file)) return;
		seen.add(file);
		for (const next of importsOf(file, loaded)) visit(next);
	};
	for (const entry of entries) visit(join(root, entry));
	return seen;
}

/**
 * The area a module of src/lib belongs to: its folder (`server/inbox`, `words`), or none for the
 * files at the top of src/lib and src/lib/server, which put the areas together (startup, the
 * background tasks) or are shared by all (ids, the clock).
 */
function areaOf(file) {
	const parts = relative(join(root, 'src/lib'), file).split('/');
	if (parts[0] === 'server') return parts.length > 2 ? `server/${parts[1]}` : null;
	return parts.length > 1 ? parts[0] : null;
}

function libraryModules(folder = join(root, 'src/lib')) {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : libraryModules(path);
		return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
	});
}

/**
 * Pairs of areas that import each other (each pair once, in name order): the back-and-forth
 * that makes a change in one area a change in the other. Type-only imports are left out, as in
 * the journeys' counts: a shared type is not a call back.
 */
export function areasImportingEachOther() {
	const imports = new Set();
	for (const file of libraryModules()) {
		for (const next of importsOf(file)) {
			const [from, to] = [areaOf(file), areaOf(next)];
			if (from && to && from !== to) imports.add(`${from} → ${to}`);
		}
	}
	return [...imports]
		.map((pair) => pair.split(' → '))
		.filter(([from, to]) => from < to && imports.has(`${to} → ${from}`))
		.map(([from, to]) => `${from} ↔ ${to}`)
		.sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	for (const [journey, entries] of Object.entries(JOURNEYS))
		console.log(
			`${journey}: ${modulesReached(entries).size} modules ` +
				`(${modulesReached(entries, { loaded: true }).size} on PostgreSQL)`
		);
	const pairs = areasImportingEachOther();
	console.log(`areas that import each other: ${pairs.length ? pairs.join(', ') : 'none'}`);
}
