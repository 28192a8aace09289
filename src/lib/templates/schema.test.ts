import { describe, expect, it } from 'vitest';
import { currentTemplate, isUrgent } from './index';
import { answersSchema, parseAnswers, questionsFor, simpleFormKeeping } from './schema';

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
			'meeting_what',
			'meeting_when',
			'going_well',
			'worrying_me',
			'want_to_happen',
			'go',
			'attend',
			'who_there_picks',
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

describe('line breaks', () => {
	it('count one character each, as the counter counts them, though a browser sends CRLF', () => {
		const change = currentTemplate('make_a_change');
		// 20 lines, 1999 characters as the box counts them (19 breaks): one under the limit.
		const lines = Array.from({ length: 20 }, () => 'x'.repeat(99));
		expect(lines.join('\n')).toHaveLength(1999);
		const parsed = parseAnswers(change, { category: 'money', what: lines.join('\r\n') });
		expect(parsed).toEqual({ ok: true, answers: { category: 'money', what: lines.join('\n') } });
	});
});

describe('simple mode with words kept from the full form', () => {
	const feelings = currentTemplate('feelings');
	const faces = Object.fromEntries(
		feelings.questions.filter((q) => q.type === 'face').map((q) => [q.id, '3'])
	);

	it('asks those words again, beside their question, and may leave them empty', () => {
		const kept = { safe: '2', safe_words: 'The older boys bully me at night' };
		const asked = questionsFor(simpleFormKeeping(feelings, kept), true);
		expect(asked.map((q) => q.id).slice(0, 3)).toEqual(['safe', 'safe_words', 'healthy']);
		expect(asked.find((q) => q.id === 'safe_words')?.required).toBe(false);
		// Nothing kept from the full form: the simple form as it always was.
		expect(simpleFormKeeping(feelings, { safe: '2', healthy_words: '  ' })).toBe(feelings);
	});

	it('sends them with the simple answers, checked as the full form checks them', () => {
		const kept = { ...faces, safe: '2', safe_words: 'The older boys bully me at night' };
		const parsed = parseAnswers(simpleFormKeeping(feelings, kept), kept, true);
		expect(parsed.ok && parsed.answers.safe_words).toBe('The older boys bully me at night');
		const tooLong = { ...kept, safe_words: 'a'.repeat(301) };
		expect(parseAnswers(simpleFormKeeping(feelings, tooLong), tooLong, true)).toEqual({
			ok: false,
			errors: { safe_words: 'too_long' }
		});
	});
});
