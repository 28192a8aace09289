import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every language's catalogue against English, the language Heard is written in: a key English
 * lacks is a message nothing shows (or a typo that leaves the real one in English), and a
 * message that asks for other inputs than English's prints a raw `{name}` or loses a name or
 * count the page gives it.
 */
type Catalogue = Record<string, unknown>;
const read = (locale: string, file: string): Catalogue =>
	JSON.parse(readFileSync(join('messages', locale, file), 'utf8'));

const locales = readdirSync('messages', { withFileTypes: true })
	.filter((entry) => entry.isDirectory() && entry.name !== 'en')
	.map((entry) => entry.name);
const englishFiles = readdirSync('messages/en').filter((file) => file.endsWith('.json'));

interface Variants {
	declarations?: string[];
	match?: Record<string, string>;
}

const formsOf = (message: unknown): Record<string, string> =>
	((Array.isArray(message) ? message[0] : null) as Variants | null)?.match ?? {};

/** The names a message is given: `{name}` in its words, and `input name` in its declarations. */
function inputsOf(message: unknown): string[] {
	const placeholders = (text: string) =>
		[...text.matchAll(/\{\s*([A-Za-z0-9_]+)\s*\}/g)].map((m) => m[1]!);
	if (typeof message === 'string') return [...new Set(placeholders(message))].sort();
	const variants: Variants = (Array.isArray(message) ? message[0] : null) ?? {};
	const declarations = variants.declarations ?? [];
	const locals = declarations.flatMap((d) => /^local\s+(\w+)/.exec(d)?.[1] ?? []);
	const inputs = declarations.flatMap((d) => /^input\s+(\w+)/.exec(d)?.[1] ?? []);
	const used = Object.values(variants.match ?? {}).flatMap(placeholders);
	return [...new Set([...inputs, ...used])].filter((name) => !locals.includes(name)).sort();
}

describe('each language’s catalogue', () => {
	it('has only files and keys English has, each in the same file', () => {
		const unknown = locales.flatMap((locale) =>
			readdirSync(join('messages', locale))
				.filter((file) => file.endsWith('.json'))
				.flatMap((file) => {
					if (!englishFiles.includes(file)) return [`${locale}/${file}`];
					const english = read('en', file);
					return Object.keys(read(locale, file))
						.filter((key) => key !== '$schema' && !(key in english))
						.map((key) => `${locale}/${file}: ${key}`);
				})
		);
		expect(unknown).toEqual([]);
	});

	it('gives each message the same inputs as English', () => {
		const differing = locales.flatMap((locale) =>
			readdirSync(join('messages', locale))
				.filter((file) => englishFiles.includes(file))
				.flatMap((file) => {
					const english = read('en', file);
					return Object.entries(read(locale, file))
						.filter(([key]) => key !== '$schema' && key in english)
						.filter(([key, message]) => {
							const want = inputsOf(english[key]).join(',');
							return inputsOf(message).join(',') !== want;
						})
						.map(
							([key, message]) =>
								`${locale}/${key}: ${inputsOf(message)} ≠ ${inputsOf(english[key])}`
						);
				})
		);
		expect(differing).toEqual([]);
	});

	it('gives every count English counts a form for each plural category of the language', () => {
		const short = locales.flatMap((locale) => {
			const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
			return readdirSync(join('messages', locale))
				.filter((file) => englishFiles.includes(file))
				.flatMap((file) => {
					const english = read('en', file);
					return Object.entries(read(locale, file))
						.filter(([key]) => Array.isArray(english[key]))
						.flatMap(([key, message]) => {
							const forms = Object.keys(formsOf(message)).map((c) => c.split('=')[1]?.trim());
							const lacking = categories.filter(
								(c) => !forms.includes(c) && !(c === 'other' && forms.includes('*'))
							);
							return lacking.length ? [`${locale}/${key}: no ${lacking.join(', ')}`] : [];
						});
				});
		});
		expect(short).toEqual([]);
	});

	it('reads the inputs of plain and plural messages alike', () => {
		expect(inputsOf('Hi {name}, {worker} read it')).toEqual(['name', 'worker']);
		expect(
			inputsOf([
				{
					declarations: ['input count', 'local countPlural = count: plural'],
					selectors: ['countPlural'],
					match: { 'countPlural=one': '{count} thing', 'countPlural=*': '{count} things' }
				}
			])
		).toEqual(['count']);
		expect(inputsOf('No inputs')).toEqual([]);
	});
});
