import { describe, expect, it } from 'vitest';
import { currentTemplate, isUrgent } from './index';
import { answersSchema, parseAnswers, questionsFor } from './schema';

describe('answers schema derived from a template', () => {
	const change = currentTemplate('make_a_change');

	it('accepts a complete make-a-change and drops unknown fields', () => {
		const parsed = parseAnswers(change, {
			category: 'money',
			what: '  Help with bus fares ',
			why: '',
			sneaky: 'x'
		});
		expect(parsed).toEqual({
			ok: true,
			answers: { category: 'money', what: 'Help with bus fares' }
		});
	});

	it('says which required answers are missing', () => {
		const parsed = parseAnswers(change, { category: '', what: '   ' });
		expect(parsed).toEqual({ ok: false, errors: { category: 'required', what: 'required' } });
	});

	it('refuses an option that is not in the list', () => {
		const parsed = parseAnswers(change, { category: 'pizza', what: 'x' });
		expect(parsed.ok === false && parsed.errors.category).toBe('choose_one');
	});

	it('refuses text over the question maximum, and takes text at the maximum', () => {
		const max = change.questions.find((q) => q.id === 'what' && q.type === 'text');
		const limit = max && max.type === 'text' ? max.maxLength : 0;
		expect(parseAnswers(change, { category: 'money', what: 'a'.repeat(limit + 1) })).toEqual({
			ok: false,
			errors: { what: 'too_long' }
		});
		expect(parseAnswers(change, { category: 'money', what: 'a'.repeat(limit) }).ok).toBe(true);
	});

	it('refuses wrong types instead of storing them', () => {
		expect(parseAnswers(change, { category: ['money'], what: { a: 1 } }).ok).toBe(false);
	});

	it('turns face answers into numbers 1 to 5 and refuses anything else', () => {
		const feelings = currentTemplate('feelings');
		const all = Object.fromEntries(
			feelings.questions.filter((q) => q.type === 'face').map((q) => [q.id, '3'])
		);
		const parsed = parseAnswers(feelings, { ...all, safe: '1' });
		expect(parsed.ok && parsed.answers.safe).toBe(1);
		expect(parsed.ok && isUrgent(feelings, parsed.answers)).toBe(true);
		expect(parseAnswers(feelings, { ...all, safe: '6' }).ok).toBe(false);
		expect(parseAnswers(feelings, { ...all, safe: '2.5' }).ok).toBe(false);
	});

	it('asks only the simple questions in simple mode', () => {
		const meeting = currentTemplate('before_meeting');
		const simple = questionsFor(meeting, true).map((q) => q.id);
		expect(simple).toEqual([
			'meeting',
			'going_well',
			'worrying_me',
			'want_to_happen',
			'go',
			'who_there_picks',
			'attend',
			'interpreter'
		]);
		expect(Object.keys(answersSchema(meeting, true).shape)).toEqual(simple);
		// The full form asks in words what the simple one asks with pictures, and more.
		const full = Object.keys(answersSchema(meeting, false).shape);
		expect(full).toEqual(expect.arrayContaining(['who_there', 'not_read_out']));
		expect(full).not.toContain('who_there_picks');
	});
});

describe('text that did not arrive intact', () => {
	it('is refused with its own error, so the child is asked to type it again', () => {
		const news = currentTemplate('good_news');
		expect(parseAnswers(news, { what: 'broken \uFFFD%A' })).toEqual({
			ok: false,
			errors: { what: 'bad_characters' }
		});
		expect(parseAnswers(news, { what: 'nul \u0000 byte' })).toEqual({
			ok: false,
			errors: { what: 'bad_characters' }
		});
		expect(parseAnswers(news, { what: 'Lines\nand\ttabs are fine 👍' }).ok).toBe(true);
	});
});
