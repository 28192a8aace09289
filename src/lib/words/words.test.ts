import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGE_BANDS, DIMENSIONS } from '$lib/reports/filters';
import {
	CHANGE_CATEGORIES,
	LEGAL_STATUSES,
	MEETING_TYPES,
	OUTCOME_DECISIONS,
	PLACEMENT_TYPES,
	ROLES,
	SHANARRI_AREAS,
	STATEMENT_KINDS,
	STATEMENT_READING_ROLES,
	TEAM_ROLES,
	YOU_SAID_STATUSES
} from '$lib/vocabulary';
import * as durations from '$lib/words/durations';
import * as lists from '$lib/words/lists';
import * as locale from '$lib/locale';
import * as people from '$lib/words/people';
import * as reports from '$lib/words/reports';
import * as statements from '$lib/words/statements';

// Each words file is imported where it is needed (no barrel), so a page loads only its own lists.
const words = { ...durations, ...lists, ...locale, ...people, ...reports, ...statements };

const englishWords = new Set(
	readdirSync('messages/en')
		.filter((file) => file.endsWith('.json'))
		.flatMap((file) => Object.values(JSON.parse(readFileSync(`messages/en/${file}`, 'utf8'))))
		.filter((text): text is string => typeof text === 'string')
);

const LISTS: [string, readonly string[], (value: never, locale?: 'en') => string][] = [
	['kindLabel', STATEMENT_KINDS, words.kindLabel],
	['kindHint', STATEMENT_KINDS, words.kindHint],
	['decisionWords', OUTCOME_DECISIONS, words.decisionWords],
	['decisionLabel', OUTCOME_DECISIONS, words.decisionLabel],
	['meetingTypeLabel', MEETING_TYPES, words.meetingTypeLabel],
	['categoryLabel', CHANGE_CATEGORIES, words.categoryLabel],
	['areaLabel', SHANARRI_AREAS, words.areaLabel],
	['areaMeaning', SHANARRI_AREAS, words.areaMeaning],
	['youSaidStatusLabel', YOU_SAID_STATUSES, words.youSaidStatusLabel],
	['roleAreaName', ROLES, words.roleAreaName],
	['roleName', ROLES, words.roleName],
	['readingRoleWords', STATEMENT_READING_ROLES, words.readingRoleWords],
	['teamRoleLabel', TEAM_ROLES, words.teamRoleLabel],
	['legalStatusLabel', LEGAL_STATUSES, words.legalStatusLabel],
	['reportLegalStatusLabel', LEGAL_STATUSES, words.reportLegalStatusLabel],
	['placementLabel', PLACEMENT_TYPES, words.placementLabel],
	['ageBandLabel', AGE_BANDS, words.ageBandLabel],
	['dimensionLabel', DIMENSIONS, words.dimensionLabel],
	['groupHeader', DIMENSIONS, words.groupHeader]
];

describe('the words for the fixed lists', () => {
	it.each(LISTS)('%s names every value with a message from the catalogue', (_, values, label) => {
		const named = values.map((value) => label(value as never, 'en'));
		expect(named.filter((text) => !englishWords.has(text))).toEqual([]);
	});

	it('reads the locale of the page when none is given', () => {
		expect(words.currentLocale()).toBe('en');
		expect(words.meetingTypeLabel('looked_after_review')).toBe(
			words.meetingTypeLabel('looked_after_review', 'en')
		);
		expect(words.kindLabel('worried')).toBe("I'm worried or I don't feel safe");
	});

	it('shows a value the list no longer has as written', () => {
		expect(words.kindLabel('retired_kind' as never)).toBe('retired_kind');
	});

	it('groups outcomes for reports with still-working counted as open', () => {
		expect(words.outcomeGroups('en').map((g) => g.key)).toEqual([
			'agreed',
			'partly_agreed',
			'not_possible',
			'open'
		]);
	});

	it('keeps every label table out of the client bundle unless a page uses it', () => {
		const sources = ['statements', 'lists', 'people', 'reports'].map((file) =>
			readFileSync(`src/lib/words/${file}.ts`, 'utf8')
		);
		const tables = sources.join('\n').match(/= (\/\* @__PURE__ \*\/ )?labelFrom/g) ?? [];
		expect(tables.length).toBeGreaterThan(10);
		expect(tables.every((t) => t.includes('@__PURE__'))).toBe(true);
	});
});

describe('a statement’s status in a child’s words', () => {
	const sent = new Date('2026-12-01T10:00:00Z');
	const base = {
		sentAt: sent,
		firstReadAt: null,
		readBy: null,
		firstRepliedAt: null,
		decision: null
	};

	it('says when it was sent, then who read it and when, then the decision', () => {
		expect(words.statusWords(base, 'en')).toContain('Tue 1 Dec');
		const read = { ...base, firstReadAt: new Date('2026-12-02T09:00:00Z'), readBy: 'Sam' };
		expect(words.statusWords(read, 'en')).toMatch(/Sam.*Wed 2 Dec/);
		expect(words.statusWords({ ...read, decision: 'agreed' as const }, 'en')).toContain(
			words.decisionWords('agreed', 'en')
		);
	});
});

describe('the counts a report hides, in its introduction', () => {
	it('are 1 to the threshold less one, said as numbers', () => {
		expect(words.smallCountsWords(5)).toBe('counts from 1 to 4');
		expect(words.smallCountsWords(10)).toBe('counts from 1 to 9');
	});

	it('are the count of 1 alone at the smallest threshold', () => {
		expect(words.smallCountsWords(2)).toBe('counts of 1');
	});
});
