import { findTemplate } from './index';
import { faceLabel, optionLabel, questionLabel, word } from './words';

interface DescribedAnswer {
	questionId: string;
	question: string;
	answer: string;
	answered: boolean;
}

/**
 * A statement's answers as question → answer in words, using the template
 * version it was written with, so an old statement reads as it was asked.
 * Meeting answers are described by the caller, who can see the meeting.
 */
export function describeAnswers(templateId: string, version: number, answers: Record<string, unknown>): DescribedAnswer[] {
	const template = findTemplate(templateId, version);
	if (!template) {
		return Object.entries(answers).map(([id, value]) => ({ questionId: id, question: id, answer: String(value ?? ''), answered: value != null && value !== '' }));
	}
	return template.questions.map((question) => {
		const value = answers[question.id];
		const answered = value !== undefined && value !== null && value !== '';
		let answer = word('answer_not_given') ?? '';
		if (answered) {
			if (question.type === 'face') {
				const face = faceLabel(Number(value));
				answer = `${face.emoji} ${face.words} (${value}/5)`.trim();
			} else if (question.type === 'choice') answer = optionLabel(question, String(value));
			else if (question.type === 'yes_no') answer = (value === true || value === 'yes' ? word('opt_yes') : word('opt_no')) ?? '';
			else answer = String(value);
		}
		return { questionId: question.id, question: questionLabel(template, question), answer, answered };
	});
}
