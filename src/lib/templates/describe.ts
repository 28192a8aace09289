import { followUpApplies } from './follow-ups';
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

/**
 * The follow-ups an answer on the form made no part of it ("Which language?" after "No"), and
 * theirs in turn: not questions left blank, nor ones the simple form leaves out, so not shown.
 */
function followUpsLeftOut(
	template: Template,
	answers: Record<string, unknown>,
	wasAsked: (question: Question) => boolean | null
): Set<string> {
	const onForm = new Set(template.questions.filter((q) => wasAsked(q) !== false).map((q) => q.id));
	const leftOut = new Set<string>();
	for (const { id, when } of template.questions) {
		if (!when) continue;
		if (leftOut.has(when.question)) leftOut.add(id);
		else if (onForm.has(when.question) && !followUpApplies(when, answers[when.question]))
			leftOut.add(id);
	}
	return leftOut;
}

function unansweredWords(asked: boolean | null): string {
	if (asked === false) return word('answer_not_asked') ?? '';
	if (asked === null) return word('answer_maybe_not_asked') ?? '';
	return word('answer_not_given') ?? '';
}

/**
 * A statement's answers as question → answer in words, using the template
 * version it was written with, so an old statement reads as it was asked.
 * A question the young person was never asked never reads as one they left blank, and each
 * question reads as it was put to them: a simple-mode statement in the simple form's words.
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
	const leftOut = followUpsLeftOut(template, answers, wasAsked);
	// The simple form's own picture questions are left out of a statement whose form never had them.
	const shown = template.questions.filter(
		(q) =>
			isAnswered(answers[q.id]) || ((!q.simpleOnly || wasAsked(q) === true) && !leftOut.has(q.id))
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
			// In the words the young person read: the simple form asks some questions its own way.
			question: questionLabel(template, question, simpleMode === true),
			answer,
			answered,
			asked
		};
	});
}
