import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, DIMENSIONS } from '$lib/reports/filters';
import { TEMPLATES } from '$lib/templates';
import {
	CHANGE_CATEGORIES,
	LEGAL_STATUSES,
	MEETING_TYPES,
	PLACEMENT_TYPES,
	SHANARRI_AREAS,
	STATEMENT_KINDS
} from '$lib/vocabulary';

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
	question.type === 'choice' ? question.options.map((o) => `${question.id}_${o}`) : []
);
const FACES = ['1', '2', '3', '4', '5'];

/**
 * Keys looked up by a built name (`word(\`prefix_${id}\`)`), each prefix with
 * the ids that build it. A new family in src must be listed here.
 */
const FAMILIES: Record<string, readonly string[]> = {
	q_: templateQuestions.map(({ template, question }) => `${template}_${question.id}`),
	qs_: templateQuestions.map(({ template, question }) => `${template}_${question.id}`),
	qh_: templateQuestions.map(({ template, question }) => `${template}_${question.id}`),
	opt_: choiceOptions,
	opt_emoji_: choiceOptions,
	opt_category_: CHANGE_CATEGORIES,
	face_: FACES,
	face_emoji_: FACES,
	meeting_type_: MEETING_TYPES,
	kind_: STATEMENT_KINDS,
	area_: SHANARRI_AREAS,
	report_age_: AGE_BANDS,
	report_legal_: LEGAL_STATUSES,
	report_placement_: PLACEMENT_TYPES,
	report_by_: DIMENSIONS,
	report_group_: DIMENSIONS
};
const built = new Set(
	Object.entries(FAMILIES).flatMap(([prefix, ids]) => ids.map((id) => prefix + id))
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

	it('counts a key as used only when src names it', () => {
		expect(usedByName('app_name')).toBe(true);
		expect(usedByName('no_such_key_anywhere')).toBe(false);
	});
});
