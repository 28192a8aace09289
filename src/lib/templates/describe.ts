import { findTemplate } from './index';
import type { Question, Template } from './types';
import { faceLabel, optionLabel, questionLabel, word } from './words';

interface DescribedAnswer {
	questionId: string;
	question: string;
	answer: string;
	answered: boolean;
	/** False when the form the young person saw left the question out; null when that is not known. */
	asked: boolean | null;
}

const isAnswered = (value: unknown) => value !== undefined && value !== null && value !== '';

/**
 * Whether a question was on the form: the simple form leaves some out. An old
 * statement that did not keep its mode was on the full form if it answers a
 * question only that form asks; otherwise it cannot be told.
 */
export function askedOnForm(
	template: Template,
	answers: Record<string, unknown>,
	simpleMode: boolean | null
): (question: Question) => boolean | null {
	const full =
		simpleMode === false ||
		(simpleMode === null &&
			template.questions.some((q) => !q.simple && !q.simpleOnly && isAnswered(answers[q.id])));
	return (question) => {
		// The simple form's own picture answers were never on the full form.
		if (question.simpleOnly) return full ? false : simpleMode === true ? true : null;
		return question.simple || full ? true : simpleMode === true ? false : null;
	};
}

function unansweredWords(asked: boolean | null): string {
	if (asked === false) return word('answer_not_asked') ?? '';
	if (asked === null) return word('answer_maybe_not_asked') ?? '';
	return word('answer_not_given') ?? '';
}

/**
 * A statement's answers as question → answer in words, using the template
 * version it was written with, so an old statement reads as it was asked.
 * A question the young person was never asked never reads as one they left blank.
 * Meeting answers are described by the caller, who can see the meeting.
 */
export function describeAnswers(
	templateId: string,
	version: number,
	answers: Record<string, unknown>,
	simpleMode: boolean | null = null
): DescribedAnswer[] {
	const template = findTemplate(templateId, version);
	if (!template) {
		return Object.entries(answers).map(([id, value]) => ({
			questionId: id,
			question: id,
			answer: String(value ?? ''),
			answered: isAnswered(value),
			asked: true
		}));
	}
	const wasAsked = askedOnForm(template, answers, simpleMode);
	// The simple form's own picture questions are left out of a statement whose form never had them.
	const shown = template.questions.filter(
		(q) => !q.simpleOnly || isAnswered(answers[q.id]) || wasAsked(q) === true
	);
	return shown.map((question) => {
		const value = answers[question.id];
		const answered = isAnswered(value);
		// An answer was asked for: a simple-mode statement also sends words its draft kept from the full form (ADR 16).
		const asked = answered || wasAsked(question);
		let answer = unansweredWords(asked);
		if (answered) {
			if (question.type === 'face') {
				const face = faceLabel(Number(value));
				answer = `${face.words} (${value}/5)`;
			} else if (question.type === 'choice') answer = optionLabel(question, String(value));
			else if (question.type === 'choices')
				answer = String(value)
					.split(',')
					.map((one) => optionLabel(question, one))
					.join(', ');
			else if (question.type === 'yes_no')
				answer = (value === true || value === 'yes' ? word('opt_yes') : word('opt_no')) ?? '';
			else answer = String(value);
		}
		return {
			questionId: question.id,
			question: questionLabel(template, question),
			answer,
			answered,
			asked
		};
	});
}
