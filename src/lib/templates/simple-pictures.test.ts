import { describe, expect, it } from 'vitest';
import { STATEMENT_KINDS } from '$lib/vocabulary';
import { currentTemplate } from './index';
import { describeAnswers } from './describe';
import { joinRepeated, parseAnswers, questionsFor } from './schema';

/** The first option of every picture question a kind asks on the simple form, and nothing typed. */
function picturesOnly(kind: (typeof STATEMENT_KINDS)[number]) {
	const answers: Record<string, string> = {};
	for (const q of questionsFor(currentTemplate(kind), true))
		if (q.type === 'choice' || q.type === 'choices') answers[q.id] = q.options[0]!;
		else if (q.type === 'face') answers[q.id] = '3';
		else if (q.type === 'yes_no') answers[q.id] = 'yes';
		else if (q.type === 'meeting') answers[q.id] = 'other';
	return answers;
}

describe('the simple form answered with pictures alone', () => {
	// A change asks for words (or a recording) as well: a category alone says too little to act on.
	it.each(STATEMENT_KINDS.filter((kind) => kind !== 'my_future' && kind !== 'make_a_change'))(
		'can send %s without a word typed',
		(kind) => {
			const template = currentTemplate(kind);
			const parsed = parseAnswers(template, picturesOnly(kind), true);
			expect(parsed.ok, JSON.stringify(parsed)).toBe(true);
		}
	);

	it('still asks for words on the full form, where there is no picture to stand in for them', () => {
		const worry = currentTemplate('worried');
		expect(questionsFor(worry, false).map((q) => q.id)).not.toContain('worry_about');
		expect(parseAnswers(worry, { worry_about: 'home' }, false)).toMatchObject({
			ok: false,
			errors: { what: 'required' }
		});
		expect(parseAnswers(worry, {}, true)).toMatchObject({
			ok: false,
			errors: { worry_about: 'required' }
		});
	});

	it('takes any number of people for "who do you want there?", and only those on the list', () => {
		const meeting = currentTemplate('before_meeting');
		const form = new FormData();
		form.append('meeting', 'other');
		form.append('who_there_picks', 'family');
		form.append('who_there_picks', 'teacher');
		const joined = joinRepeated(form);
		expect(joined).toEqual({ meeting: 'other', who_there_picks: 'family,teacher' });
		expect(parseAnswers(meeting, joined, true).ok).toBe(true);
		expect(parseAnswers(meeting, { ...joined, who_there_picks: 'family,stranger' }, true)).toEqual({
			ok: false,
			errors: { who_there_picks: 'choose_one' }
		});
		const described = describeAnswers(meeting.id, meeting.version, joined, true);
		expect(described.find((a) => a.questionId === 'who_there_picks')?.answer).toBe(
			'My family, My teacher'
		);
	});

	it('reads a picture question as not asked on a statement sent from the full form', () => {
		const news = currentTemplate('good_news');
		const full = describeAnswers(news.id, news.version, { what: 'I passed' }, false);
		expect(full.map((a) => a.questionId)).toEqual(['what', 'what_helped']);
		const simple = describeAnswers(news.id, news.version, { news_about: 'school' }, true);
		expect(simple.find((a) => a.questionId === 'news_about')).toMatchObject({
			asked: true,
			answer: 'School'
		});
	});
});
