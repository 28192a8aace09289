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
	const names = new Set<string>();
	const texts: string[] = [];
	if (typeof value === 'string') texts.push(value);
	else if (Array.isArray(value))
		for (const variant of value as Variant[]) {
			for (const line of variant.declarations ?? []) {
				const input = /^input (\w+)$/.exec(line.trim());
				if (input) names.add(input[1]);
			}
			texts.push(...Object.values(variant.match ?? {}));
		}
	const locals = new Set(
		(Array.isArray(value) ? (value as Variant[]) : [])
			.flatMap((variant) => variant.declarations ?? [])
			.map((line) => /^local (\w+)/.exec(line.trim())?.[1])
			.filter((name): name is string => !!name)
	);
	for (const text of texts)
		for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (!locals.has(name)) names.add(name);
	return [...names].sort().join(',');
}
