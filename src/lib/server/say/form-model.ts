import { shortDate } from '$lib/dates';
import { meetingTypeLabel } from '$lib/words/lists';
import { currentTemplate, type Question, type Template } from '$lib/templates';
import type { FieldModel, FieldOption } from '$lib/templates/types';
import { STATEMENT_KINDS, type MeetingType, type StatementKind } from '$lib/vocabulary';
import { questionsFor, simpleFormKeeping, stepsFor } from '$lib/templates/schema';
import { keepAsked } from '$lib/templates/follow-ups';
import { asTypedText } from '$lib/forms/text';
import { pictureForOption, pictureForQuestion } from '$lib/pictures';
import { faceLabel, optionLabel, questionHint, questionLabel, word } from '$lib/templates/words';

const when = shortDate;

/**
 * The questions a form draws. The one-page form draws every question, and its page hides a
 * follow-up while it does not apply (with no JavaScript all are shown, and the server keeps only
 * those that apply). The simple form is drawn from its answers so far: a follow-up that does not
 * apply is no step of it.
 */
export function buildFormModel(
	template: Template,
	simple: boolean,
	meetings: { id: string; type: MeetingType; scheduledAt: Date }[],
	answers: Record<string, unknown> = {}
): FieldModel[] {
	const asked = simple ? stepsFor(template, answers) : questionsFor(template, false);
	return asked.map((question) => ({
		id: question.id,
		type: question.type,
		label: questionLabel(template, question, simple),
		hint: simple ? undefined : questionHint(template, question),
		required: question.required ?? false,
		maxLength: question.type === 'text' ? question.maxLength : undefined,
		options: optionsFor(question, meetings, simple),
		picture: pictureForQuestion(question),
		...(question.when ? { when: question.when } : {}),
		...requiredWordsFor(template, question)
	}));
}

/** A question that must be answered may say so in its own words (qr_): "Tell us what you want changed". */
function requiredWordsFor(template: Template, question: Question) {
	const words = question.required ? word(`qr_${template.id}_${question.id}`) : undefined;
	return words ? { requiredWords: words } : {};
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

/**
 * The most one answer in a draft may hold: ten times the longest question. A
 * draft keeps words longer than can be sent (Send asks to shorten them), as
 * cutting a child's words loses them; this bound is only against a runaway post.
 */
export const DRAFT_WORDS_MOST = 20_000;

/** The kind and day of a meeting not on the list: kept beside the answers (meeting-chosen.ts). */
const NOT_LISTED = ['meeting_other_type', 'meeting_other_date'];

/**
 * What arrived, kept to the template's questions, for a draft. Words are kept
 * whole, never cut at a question's limit: nothing is checked before this, and a
 * draft may hold more than can be sent. Line breaks are made one "\n" as the
 * form's checks make them, so the draft holds what would be sent. Other answers
 * are a name from a list, so anything longer is no answer and may be cut.
 */
export function draftAnswersFrom(
	template: Template,
	input: Record<string, unknown>
): Record<string, string> {
	const kept: Record<string, string> = {};
	for (const question of template.questions) {
		const value = input[question.id];
		if (typeof value !== 'string' || value === '') continue;
		kept[question.id] =
			question.type === 'text'
				? asTypedText(value)
				: value.slice(0, question.type === 'choices' ? 400 : 40);
	}
	for (const extra of NOT_LISTED) {
		const value = input[extra];
		if (typeof value === 'string' && value !== '') kept[extra] = value.slice(0, 40);
	}
	return kept;
}

/**
 * A draft's answers as draftAnswersFrom keeps them, without any whose question no longer applies:
 * a follow-up after its earlier answer changed, or the kind and day of a meeting not on the list
 * once a listed one is chosen. Nothing hidden from the young person is kept or later sent.
 */
export function draftAnswersAsked(
	template: Template,
	input: Record<string, unknown>,
	simple: boolean
): Record<string, string> {
	const kept = draftAnswersFrom(template, input);
	const form = simple ? simpleFormKeeping(template, kept) : template;
	const asked = keepAsked(questionsFor(form, simple), kept);
	if (asked.meeting === 'other') return asked;
	return Object.fromEntries(Object.entries(asked).filter(([id]) => !NOT_LISTED.includes(id)));
}

/** Each answer too long even to keep in a draft, as the form says it: "too long". */
export function overDraftLimit(answers: Record<string, string>): Record<string, 'too_long'> {
	return Object.fromEntries(
		Object.entries(answers)
			.filter(([, value]) => value.length > DRAFT_WORDS_MOST)
			.map(([id]) => [id, 'too_long' as const])
	);
}

/** The current template for a kind named in a URL, if this young person may use it; otherwise null. */
export function templateForYoungPerson(kindParam: string, isCareLeaver: boolean): Template | null {
	if (!(STATEMENT_KINDS as readonly string[]).includes(kindParam)) return null;
	const template = currentTemplate(kindParam as StatementKind);
	if (template.forCareLeavers && !isCareLeaver) return null;
	return template;
}
