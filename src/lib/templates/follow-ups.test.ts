import { describe, expect, it } from 'vitest';
import { currentTemplate } from './index';
import { askedGiven, keepAsked } from './follow-ups';
import { parseAnswers, questionsFor, stepsFor } from './schema';

const meeting = currentTemplate('before_meeting');
const ids = (questions: readonly { id: string }[]) => questions.map((q) => q.id);

describe('follow-up questions', () => {
	it('each follows a question asked before it, so a form can be read from the top', () => {
		for (const q of meeting.questions.filter((q) => q.when)) {
			const before = ids(meeting.questions.slice(0, meeting.questions.indexOf(q)));
			expect(before, q.id).toContain(q.when!.question);
		}
	});

	it('asks which language only after "yes" or "not sure" to an interpreter, and another only after "another"', () => {
		const full = questionsFor(meeting, false);
		expect(ids(askedGiven(full, { interpreter: 'no' }))).not.toContain('interpreter_language');
		expect(ids(askedGiven(full, { interpreter: 'yes' }))).toContain('interpreter_language');
		expect(ids(askedGiven(full, { interpreter: 'not_sure' }))).not.toContain(
			'interpreter_language_other'
		);
		expect(
			ids(askedGiven(full, { interpreter: 'yes', interpreter_language: 'another' }))
		).toContain('interpreter_language_other');
		// "No" takes the language with it, and the language named for "another" with that.
		const no = { interpreter: 'no', interpreter_language: 'another' };
		expect(ids(askedGiven(full, no))).not.toContain('interpreter_language_other');
	});

	it('asks how they want to take part unless they said they do not want to go', () => {
		expect(ids(stepsFor(meeting, { go: 'no' }))).not.toContain('attend');
		expect(ids(stepsFor(meeting, { go: 'not_sure' }))).toContain('attend');
		expect(ids(stepsFor(meeting, {}))).toContain('attend');
		// The full form never asks "do you want to go?", so it always asks how.
		expect(ids(askedGiven(questionsFor(meeting, false), { go: 'no' }))).toContain('attend');
	});

	it('asks a child whose meeting is not listed what it is and when, on the simple form only', () => {
		expect(ids(stepsFor(meeting, { meeting: 'other' })).slice(0, 3)).toEqual([
			'meeting',
			'meeting_what',
			'meeting_when'
		]);
		expect(ids(stepsFor(meeting, { meeting: 'a-listed-meeting' }))).not.toContain('meeting_what');
		expect(ids(questionsFor(meeting, false))).not.toContain('meeting_what');
	});

	it('drops the answers to follow-ups that no longer apply, and nothing else', () => {
		const answers = { interpreter: 'no', interpreter_language: 'polish', not_listed: 'x' };
		expect(keepAsked(questionsFor(meeting, false), answers)).toEqual({
			interpreter: 'no',
			not_listed: 'x'
		});
	});

	it('never keeps a sent answer to a question that was not asked, though a page sent it', () => {
		const sent = {
			meeting: 'other',
			interpreter: 'no',
			interpreter_language: 'polish',
			interpreter_language_other: 'Tigrinya'
		};
		const parsed = parseAnswers(meeting, sent, false);
		expect(parsed).toEqual({ ok: true, answers: { meeting: 'other', interpreter: 'no' } });
		const simple = parseAnswers(meeting, { meeting: 'x1', go: 'no', attend: 'attend_speak' }, true);
		expect(simple.ok && simple.answers).toEqual({ meeting: 'x1', go: 'no' });
	});

	it('still checks a follow-up that applies', () => {
		const parsed = parseAnswers(
			meeting,
			{ meeting: 'other', interpreter: 'yes', interpreter_language: 'klingon' },
			false
		);
		expect(parsed).toEqual({ ok: false, errors: { interpreter_language: 'choose_one' } });
	});
});
