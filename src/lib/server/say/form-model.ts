import { shortDate } from '$lib/dates';
import { meetingTypeLabel } from '$lib/words/lists';
import { currentTemplate, type Question, type Template } from '$lib/templates';
import type { FieldModel, FieldOption } from '$lib/templates/types';
import { STATEMENT_KINDS, type MeetingType, type StatementKind } from '$lib/vocabulary';
import { questionsFor } from '$lib/templates/schema';
import { pictureForOption, pictureForQuestion } from '$lib/pictures';
import { faceLabel, optionLabel, questionHint, questionLabel, word } from '$lib/templates/words';

const when = shortDate;

export function buildFormModel(
	template: Template,
	simple: boolean,
	meetings: { id: string; type: MeetingType; scheduledAt: Date }[]
): FieldModel[] {
	return questionsFor(template, simple).map((question) => ({
		id: question.id,
		type: question.type,
		label: questionLabel(template, question, simple),
		hint: simple ? undefined : questionHint(template, question),
		required: question.required ?? false,
		maxLength: question.type === 'text' ? question.maxLength : undefined,
		options: optionsFor(question, meetings, simple),
		picture: pictureForQuestion(question)
	}));
}

function optionsFor(
	question: Question,
	meetings: { id: string; type: MeetingType; scheduledAt: Date }[],
	simple: boolean
): FieldOption[] {
	switch (question.type) {
		case 'face':
			return [1, 2, 3, 4, 5].map((score) => ({
				value: String(score),
				label: faceLabel(score).words,
				picture: pictureForOption(question, String(score))
			}));
		case 'choice':
		case 'choices':
			return question.options.map((option) => ({
				value: option,
				label: optionLabel(question, option),
				picture: pictureForOption(question, option)
			}));
		case 'yes_no':
			return [
				{
					value: 'yes',
					label: word('opt_yes') ?? 'Yes',
					picture: pictureForOption(question, 'yes')
				},
				{ value: 'no', label: word('opt_no') ?? 'No', picture: pictureForOption(question, 'no') }
			];
		case 'meeting': {
			const listed = meetings.map((m) => ({
				value: m.id,
				label:
					word('meeting_on', { type: meetingTypeLabel(m.type), date: when(m.scheduledAt) }) ?? m.id,
				picture: pictureForOption(question, m.id)
			}));
			// A younger child is not asked for a kind of meeting or a date: their worker adds the meeting.
			if (simple)
				return listed.length === 0
					? []
					: [
							...listed,
							{
								value: 'other',
								label: word('meeting_not_here') ?? 'other',
								picture: pictureForOption({ id: 'go', type: 'choice' }, 'not_sure')
							}
						];
			return [...listed, { value: 'other', label: word('meeting_not_listed') ?? 'other' }];
		}
		default:
			return [];
	}
}

/** Clamps whatever arrived to the template's questions and limits, for a draft. */
export function draftAnswersFrom(
	template: Template,
	input: Record<string, unknown>
): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const question of template.questions) {
		const value = input[question.id];
		if (typeof value !== 'string' || value === '') continue;
		const longest =
			question.type === 'text' ? question.maxLength : question.type === 'choices' ? 400 : 40;
		kept[question.id] = value.slice(0, longest);
	}
	for (const extra of ['meeting_other_type', 'meeting_other_date']) {
		const value = input[extra];
		if (typeof value === 'string' && value !== '') kept[extra] = value.slice(0, 40);
	}
	return kept;
}

/** The current template for a kind named in a URL, if this young person may use it; otherwise null. */
export function templateForYoungPerson(kindParam: string, isCareLeaver: boolean): Template | null {
	if (!(STATEMENT_KINDS as readonly string[]).includes(kindParam)) return null;
	const template = currentTemplate(kindParam as StatementKind);
	if (template.forCareLeavers && !isCareLeaver) return null;
	return template;
}
