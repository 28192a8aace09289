import { describe, expect, it } from 'vitest';
import { SHANARRI_AREAS, STATEMENT_KINDS } from '$lib/vocabulary';
import { TEMPLATES, currentTemplate, findTemplate, isUrgent } from './index';
import { questionsFor } from './schema';
import { word } from './words';

const feelings = currentTemplate('feelings');
const allAreas = (score: number) => Object.fromEntries(SHANARRI_AREAS.map((area) => [area, score]));

describe('isUrgent', () => {
	it('is always true for a worry, whatever the answers', () => {
		expect(isUrgent(currentTemplate('worried'), {})).toBe(true);
		expect(isUrgent(currentTemplate('worried'), { what: 'a small thing', safe_now: true })).toBe(
			true
		);
	});

	it('is true when a young person says they feel least safe', () => {
		expect(isUrgent(feelings, { ...allAreas(5), safe: 1 })).toBe(true);
	});

	it('is false when feeling safe enough, however low other areas are', () => {
		expect(isUrgent(feelings, { ...allAreas(1), safe: 3 })).toBe(false);
		expect(isUrgent(feelings, { ...allAreas(5), safe: 2 })).toBe(false);
	});

	it('ignores an answer that is not a number', () => {
		expect(isUrgent(feelings, { safe: '1' })).toBe(false);
		expect(isUrgent(feelings, { safe: null })).toBe(false);
	});

	it('is false for kinds with no safety line', () => {
		expect(isUrgent(currentTemplate('good_news'), { what: 'I passed' })).toBe(false);
		expect(isUrgent(currentTemplate('feedback'), { listened: 1, understood: 1 })).toBe(false);
	});
});

describe('currentTemplate', () => {
	it.each(STATEMENT_KINDS)('has a current version for %s', (kind) => {
		const template = currentTemplate(kind);
		expect(template.kind).toBe(kind);
		expect(template.version).toBeGreaterThanOrEqual(1);
		const latest = Math.max(...TEMPLATES.filter((t) => t.kind === kind).map((t) => t.version));
		expect(template.version).toBe(latest);
	});
});

describe('findTemplate', () => {
	it('finds a template by id and version', () => {
		const found = findTemplate('make_a_change', 1);
		expect(found?.kind).toBe('make_a_change');
		expect(found?.needsOutcome).toBe(true);
	});

	it('finds nothing for an unknown version or id', () => {
		expect(findTemplate('make_a_change', 999)).toBeUndefined();
		expect(findTemplate('no_such_template', 1)).toBeUndefined();
	});
});

describe('the template catalogue', () => {
	it('never has two templates with the same id and version', () => {
		const keys = TEMPLATES.map((t) => `${t.id}@${t.version}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('never repeats a question id within a template', () => {
		for (const template of TEMPLATES) {
			const questionIds = template.questions.map((q) => q.id);
			expect(new Set(questionIds).size, template.id).toBe(questionIds.length);
		}
	});
});

describe('simple mode', () => {
	it.each(STATEMENT_KINDS)(
		'asks at least one question for %s, each in its own simple words',
		(kind) => {
			const template = currentTemplate(kind);
			const simple = questionsFor(template, true);
			expect(simple.length).toBeGreaterThan(0);
			for (const question of simple)
				expect(word(`qs_${template.id}_${question.id}`), question.id).toBeTruthy();
		}
	);

	it('asks a young person before a meeting who they want there and how they want to take part', () => {
		const asked = questionsFor(currentTemplate('before_meeting'), true).map((q) => q.id);
		expect(asked).toEqual(
			expect.arrayContaining([
				'meeting',
				'going_well',
				'worrying_me',
				'want_to_happen',
				'go',
				'who_there_picks',
				'attend'
			])
		);
	});

	it('keeps the versions statements were sent with', () => {
		expect(questionsFor(findTemplate('before_meeting', 1)!, true).map((q) => q.id)).not.toContain(
			'attend'
		);
		expect(questionsFor(findTemplate('my_future', 1)!, true)).toEqual([]);
	});
});
