import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

type Value = unknown;
type Catalogue = Record<string, Value>;

const read = (path: string): Catalogue =>
	existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};

/** One English catalogue file (common, young-person, admin…) by its name without `.json`. */
const englishFiles = new Map<string, Catalogue>();
export function english(file: string): Catalogue {
	if (!englishFiles.has(file)) englishFiles.set(file, read(join('messages', 'en', `${file}.json`)));
	return englishFiles.get(file)!;
}

/** Every message each other language has words for, with the file it sits in. */
export function translatedMessages(): {
	locale: string;
	file: string;
	key: string;
	value: Value;
}[] {
	const locales = readdirSync('messages', { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'en')
		.map((entry) => entry.name);
	return locales.flatMap((locale) =>
		readdirSync(join('messages', locale))
			.filter((name) => name.endsWith('.json'))
			.flatMap((name) => {
				const file = name.replace(/\.json$/, '');
				return Object.entries(read(join('messages', locale, name)))
					.filter(([key]) => key !== '$schema')
					.map(([key, value]) => ({ locale, file, key, value }));
			})
	);
}

type Variant = { declarations?: string[]; match?: Record<string, string> };

/**
 * The names a message fills in, sorted and joined: `{name}` in its text, and for a plural the
 * inputs it declares. A plural's own local (countPlural) is the language's business, and a
 * Welsh or Polish "one" form may rightly say the number in words, so inputs count as used.
 */
export function placeholdersOf(value: Value): string {
	const variants = Array.isArray(value) ? (value as Variant[]) : [];
	const declarations = variants.flatMap((variant) => variant.declarations ?? []);
	const declared = (kind: 'input' | 'local') =>
		declarations.flatMap((line) => new RegExp(`^${kind} (\\w+)`).exec(line.trim())?.slice(1) ?? []);
	const texts =
		typeof value === 'string' ? [value] : variants.flatMap((v) => Object.values(v.match ?? {}));
	const used = texts.flatMap((text) =>
		[...text.matchAll(/\{(\w+)\}/g)].map((found) => found[1] ?? '')
	);
	const locals = new Set(declared('local'));
	const names = new Set([...declared('input'), ...used.filter((name) => !locals.has(name))]);
	return [...names].sort().join(',');
}
