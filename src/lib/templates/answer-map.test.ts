import { describe, expect, it } from 'vitest';
import {
	changeCategoryOf,
	meetingQuestionOf,
	requestQuestionsOf,
	wellbeingScoresOf
} from './answer-map';
import { TEMPLATES, currentTemplate } from './index';
import type { Question } from './types';

describe("a template's answer map", () => {
	it('names only its own questions, each of the type it is read as', () => {
		for (const t of TEMPLATES) {
			const question = (id: string) => t.questions.find((q) => q.id === id);
			const typeOf = (id: string): Question['type'] | undefined => question(id)?.type;
			const { meeting, changeCategory, wellbeing, quote, requests } = t.answersFor;
			if (meeting) expect(typeOf(meeting), `${t.id} v${t.version}`).toBe('meeting');
			if (changeCategory) expect(typeOf(changeCategory), t.id).toBe('choice');
			for (const id of Object.values(wellbeing ?? {})) expect(typeOf(id), t.id).toBe('face');
			for (const id of quote ?? []) expect(typeOf(id), t.id).toBe('text');
			for (const id of requests ?? [])
				expect(['text', 'choice', 'choices'], t.id).toContain(typeOf(id));
		}
	});

	it('reads the meeting, the category and the scores by what they are for', () => {
		expect(meetingQuestionOf('before_meeting', 2)).toBe('meeting');
		expect(meetingQuestionOf('good_news', 1)).toBeUndefined();
		expect(requestQuestionsOf('before_meeting', 2)).toContain('want_to_happen');
		expect(requestQuestionsOf('good_news', 1)).toEqual([]);
		expect(changeCategoryOf(currentTemplate('make_a_change'), { category: 'money' })).toBe('money');
		expect(changeCategoryOf(currentTemplate('good_news'), { category: 'money' })).toBeNull();
		const scores = wellbeingScoresOf('feelings', 1, { safe: 2, healthy: 9, active: '4' });
		expect([scores.safe, scores.healthy, scores.active, scores.included]).toEqual([
			2,
			null,
			4,
			null
		]);
	});
});
