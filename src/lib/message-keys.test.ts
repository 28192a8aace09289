import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '$lib/templates';

/**
 * A message nobody shows is leftover copy that still gets read, translated and
 * reviewed. Every key in the catalogue must be used somewhere in src, either by
 * name (`m.key`, `word('key')`) or as a member of a family built from data.
 */
const catalogue = readdirSync('messages/en')
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) =>
		Object.keys(JSON.parse(readFileSync(join('messages/en', file), 'utf8'))).filter(
			(key) => key !== '$schema'
		)
	);

/** Each language's catalogue is a folder; messages/languages.json beside them is its metadata. */
const localeFolders = readdirSync('messages', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory())
			return path === join('src', 'lib', 'paraglide') ? [] : sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
	});
}
const source = sourceFiles('src')
	.map((file) => readFileSync(file, 'utf8'))
	.join('\n');

const templateQuestions = TEMPLATES.flatMap((t) =>
	t.questions.map((q) => ({ template: t.id, question: q }))
);
const choiceOptions = templateQuestions.flatMap(({ question }) =>
	question.type === 'choice' || question.type === 'choices'
		? question.options.map((o) => `${question.id}_${o}`)
		: []
);
const FACES = ['1', '2', '3', '4', '5'];

/**
 * Keys looked up by a built name (`word(\`prefix_${id}\`)`), each prefix with
 * the ids that build it and whether every one must exist (a simple-mode
 * wording, a hint or a picture is optional; the words themselves are not).
 * A new family in src must be listed here. Fixed lists (kinds, meeting
 * types, roles…) are not built: $lib/words names each message, so the type
 * check already refuses a missing one.
 */
const questionKeys = templateQuestions.map(
	({ template, question }) => `${template}_${question.id}`
);
const FAMILIES: Record<string, { ids: readonly string[]; required: boolean }> = {
	q_: { ids: questionKeys, required: true },
	qs_: { ids: questionKeys, required: false },
	qh_: { ids: questionKeys, required: false },
	qr_: { ids: questionKeys, required: false },
	opt_: { ids: choiceOptions, required: true },
	face_: { ids: FACES, required: true }
};
const built = new Set(
	Object.entries(FAMILIES).flatMap(([prefix, { ids }]) => ids.map((id) => prefix + id))
);
const requiredKeys = Object.entries(FAMILIES).flatMap(([prefix, { ids, required }]) =>
	required ? ids.map((id) => prefix + id) : []
);

const usedByName = (key: string) => new RegExp(`\\bm\\.${key}\\b|['"\`]${key}['"\`]`).test(source);

describe('the message catalogue', () => {
	it('has no key that nothing in src uses', () => {
		const unused = catalogue.filter((key) => !usedByName(key) && !built.has(key));
		expect(unused).toEqual([]);
	});

	it('lists every family of built keys that src looks up', () => {
		const prefixes = [...source.matchAll(/word\(`([a-z0-9_]*)\$\{/g)].map(
			(match) => match[1] ?? ''
		);
		expect(prefixes.length).toBeGreaterThan(0);
		expect(prefixes.filter((prefix) => !(prefix in FAMILIES))).toEqual([]);
	});

	it('has every key that src builds from a template or a score', () => {
		expect(requiredKeys.length).toBeGreaterThan(50);
		expect(requiredKeys.filter((key) => !catalogue.includes(key))).toEqual([]);
	});

	it('gives every plural message, in every language, a form for any other count', () => {
		// A count with no matching form would print the message's key instead of words.
		const variantMessages = localeFolders.flatMap((locale) =>
			readdirSync(join('messages', locale))
				.filter((file) => file.endsWith('.json'))
				.flatMap((file) =>
					Object.entries(JSON.parse(readFileSync(join('messages', locale, file), 'utf8')))
						.filter((entry): entry is [string, { match: Record<string, string> }[]] =>
							Array.isArray(entry[1])
						)
						.map(([key, [message]]) => ({ key: `${locale}/${key}`, match: message?.match ?? {} }))
				)
		);
		const catchAll = (condition: string) =>
			condition.split(',').every((part) => /=\s*(other|\*)\s*$/.test(part));
		expect(variantMessages.length).toBeGreaterThan(10);
		expect(
			variantMessages.filter(({ match }) => !Object.keys(match).some(catchAll)).map((v) => v.key)
		).toEqual([]);
	});

	it('counts a key as used only when src names it', () => {
		expect(usedByName('app_name')).toBe(true);
		expect(usedByName('no_such_key_anywhere')).toBe(false);
	});
});
