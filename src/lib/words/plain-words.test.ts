import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentTemplate } from '$lib/templates';
import { STATEMENT_KINDS } from '$lib/vocabulary';
import { longWords, readingAge } from './reading-age';
import { wordsToAvoidIn } from './words-to-avoid';

/**
 * Every message a young person meets, in plain words (issue 15 item 5, and
 * docs/adr/0036). Simple mode: a reading age of 9 at most. A question's
 * standard wording and its hint, which simple mode never shows, may reach 12.
 */
const SIMPLE_AGE = 9;
const STANDARD_AGE = 12;

type Catalogue = Record<string, string | { match: Record<string, string> }[]>;
const load = (file: string): Catalogue => JSON.parse(readFileSync(`messages/en/${file}`, 'utf8'));
const youngPerson = load('young-person.json');
const common = load('common.json');

/** young-person.json is all the child's, but for the email that goes to the complaints team. */
const NOT_FOR_THE_CHILD = new Set(['$schema', 'complaint_mail_subject', 'complaint_mail_body']);
/** common.json is shared with staff: these are the parts a young person meets. */
const CHILD_PARTS_OF_COMMON =
	/^(app_|skip_to_content|nav_(home|help|sign_in|sign_out|main_label|menu)$|landing_(title|lead|for_young_people|activate)$|login_(title|identifier|password|submit|wrong_details|too_many_tries|closed_young_person|closed_ask_|closed_help_now|missing_fields|forgot|signed_out|sso_young_person)|logout_|activate_|help_|footer_|privacy_(?!full_(?!link))|forbidden_|error_|quick_exit|yp_|kind_|device_|offline_|push_(reply|read)$|a11y_report_young_person$|role_young_person$)/;

/**
 * Messages let off the word list and the long-word check, each with why: a
 * word explained in the same breath, or a name shown only beside its meaning.
 * The reading-age formula still applies to them all.
 */
const EXPLAINED: Record<string, string> = {
	area_nurtured: 'an area name, shown to a child only beside its meaning (area_means_nurtured)',
	area_responsible:
		'an area name, shown to a child only beside its meaning (area_means_responsible)',
	meeting_type_pathway_plan_review: "the name on a care leaver's letters, explained in brackets",
	help_contact_emergency:
		"what to ask for on 999 (the operator asks 'Emergency, which service?'), explained in brackets",
	footer_accessibility: 'the link adults look for by this name, to a statement written for adults',
	opt_interpreter_language_ukrainian:
		"a language's name, shown beside its own name in its own script (Українська)"
};

/** Question wording simple mode shows instead (qs_), and every hint (simple mode shows none). */
function standardOnlyKeys(): Set<string> {
	const keys = new Set<string>();
	for (const kind of STATEMENT_KINDS) {
		const template = currentTemplate(kind);
		for (const question of template.questions) {
			const base = `${template.id}_${question.id}`;
			keys.add(`qh_${base}`);
			if (!question.simple || `qs_${base}` in youngPerson) keys.add(`q_${base}`);
		}
	}
	return keys;
}

type Shown = { key: string; text: string; bar: number };
function messagesAChildMeets(): Shown[] {
	const standardOnly = standardOnlyKeys();
	const entries = [
		...Object.entries(youngPerson).filter(([key]) => !NOT_FOR_THE_CHILD.has(key)),
		...Object.entries(common).filter(([key]) => CHILD_PARTS_OF_COMMON.test(key))
	];
	return entries.flatMap(([key, value]) => {
		const bar = standardOnly.has(key) ? STANDARD_AGE : SIMPLE_AGE;
		const texts =
			typeof value === 'string' ? [value] : value.flatMap((v) => Object.values(v.match));
		return texts.map((text) => ({ key, text, bar }));
	});
}

function problemsWith({ key, text, bar }: Shown): string[] {
	const problems: string[] = [];
	const age = readingAge(text);
	if (age !== null && age > bar) problems.push(`reading age ${age}, more than ${bar}`);
	if (key in EXPLAINED) return problems;
	if (age === null && bar === SIMPLE_AGE && longWords(text).length > 0)
		problems.push(`long word in a short message: ${longWords(text).join(', ')}`);
	problems.push(...wordsToAvoidIn(text).map((w) => `a word to avoid: ${w}`));
	return problems;
}

describe('the words a young person meets', () => {
	const shown = messagesAChildMeets();

	it('finds the messages of both modes, and measures the longer ones', () => {
		expect(shown.filter((m) => m.bar === SIMPLE_AGE).length).toBeGreaterThan(200);
		expect(shown.filter((m) => m.bar === STANDARD_AGE).length).toBeGreaterThan(20);
		expect(shown.some((m) => m.key === 'q_before_meeting_who_there')).toBe(true);
		expect(
			shown.some((m) => m.key.startsWith('staff_') || m.key.startsWith('privacy_full_data'))
		).toBe(false);
		expect(shown.filter((m) => readingAge(m.text) !== null).length).toBeGreaterThan(100);
	});

	it(`reads at ${SIMPLE_AGE} or younger in simple mode, ${STANDARD_AGE} in standard mode, with no word from the list`, () => {
		const failing = shown
			.map((message) => ({ ...message, problems: problemsWith(message) }))
			.filter(({ problems }) => problems.length > 0);
		// Printed so whoever rewords them sees each key, its score and its words.
		for (const { key, text, problems } of failing)
			console.log(`${key}: ${problems.join('; ')}\n    "${text}"`);
		expect(failing.map(({ key }) => key)).toEqual([]);
	});
});
