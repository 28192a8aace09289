import { describe, expect, it } from 'vitest';
import { describeAnswers } from './describe';

const NOT_ASKED = '(not asked: the simple form leaves this question out)';
const MAYBE_NOT_ASKED =
	'(no answer: this may not have been asked, as the simple form leaves it out)';
const BLANK = '(left blank)';
const answerTo = (described: ReturnType<typeof describeAnswers>, id: string) =>
	described.find((a) => a.questionId === id);

describe('describeAnswers, for a question the young person was not asked', () => {
	const simpleViews = {
		meeting: 'm1',
		going_well: 'My football',
		who_there: 'My gran',
		attend: 'advocate'
	};

	it('gives the answers simple mode now asks: who to have there and how to take part', () => {
		const described = describeAnswers('before_meeting', 2, simpleViews, true);
		expect(answerTo(described, 'who_there')).toMatchObject({
			answer: 'My gran',
			answered: true,
			asked: true
		});
		expect(answerTo(described, 'attend')).toMatchObject({
			answer: 'I want someone (an advocate) to speak for me',
			asked: true
		});
	});

	it('says a question the simple form left out was not asked, not that it was not answered', () => {
		const described = describeAnswers('before_meeting', 2, simpleViews, true);
		expect(answerTo(described, 'not_read_out')).toMatchObject({
			answer: NOT_ASKED,
			answered: false,
			asked: false
		});
		expect(described.map((a) => a.answer)).not.toContain('(not answered)');
	});

	it('reads words kept from the full form and sent from the simple one as answered and asked', () => {
		const described = describeAnswers(
			'feelings',
			1,
			{ safe: 2, safe_words: 'The older boys bully me at night' },
			true
		);
		expect(answerTo(described, 'safe_words')).toMatchObject({
			answer: 'The older boys bully me at night',
			answered: true,
			asked: true
		});
		expect(answerTo(described, 'healthy_words')).toMatchObject({ answer: NOT_ASKED, asked: false });
	});

	it('says a question that was asked and left empty was left blank', () => {
		const described = describeAnswers('before_meeting', 2, { meeting: 'm1' }, true);
		expect(answerTo(described, 'worrying_me')).toMatchObject({ answer: BLANK, asked: true });
		expect(answerTo(described, 'who_there')).toMatchObject({ answer: BLANK, asked: true });
		expect(answerTo(described, 'not_read_out')?.answer).toBe(NOT_ASKED);
	});

	it('reads an older simple-mode statement as its own version asked it', () => {
		const described = describeAnswers(
			'before_meeting',
			1,
			{ meeting: 'm1', going_well: 'School' },
			true
		);
		expect(answerTo(described, 'who_there')?.answer).toBe(NOT_ASKED);
		expect(answerTo(described, 'attend')?.answer).toBe(NOT_ASKED);
	});

	it('says every empty question of the full form was left blank', () => {
		const described = describeAnswers('before_meeting', 2, { meeting: 'm1' }, false);
		expect(described.filter((a) => !a.answered).map((a) => a.answer)).toEqual(Array(6).fill(BLANK));
	});

	it('tells an old statement that did not keep its form by its answers where it can', () => {
		const full = describeAnswers(
			'before_meeting',
			1,
			{ meeting: 'm1', not_read_out: 'About my dad' },
			null
		);
		expect(answerTo(full, 'attend')).toMatchObject({ answer: BLANK, asked: true });
		const unknown = describeAnswers(
			'before_meeting',
			1,
			{ meeting: 'm1', going_well: 'School' },
			null
		);
		expect(answerTo(unknown, 'attend')).toMatchObject({ answer: MAYBE_NOT_ASKED, asked: null });
		expect(answerTo(unknown, 'worrying_me')).toMatchObject({ answer: BLANK, asked: true });
	});

	it('says a care leaver in simple mode on the old plan form was asked nothing', () => {
		const described = describeAnswers('my_future', 1, {}, true);
		expect(described.map((a) => a.answer)).toEqual(Array(6).fill(NOT_ASKED));
	});
});
