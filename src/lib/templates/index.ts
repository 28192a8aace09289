import type { StatementKind } from '$lib/vocabulary';
import { CHANGE_CATEGORIES, SHANARRI_AREAS } from '$lib/vocabulary';
import type { AnswerMap, Answers, Question, ShanarriArea, Template } from './types';

export type { AnswerMap, Answers, Question, Template } from './types';

const LONG = 2000;
const SHORT = 300;

const beforeMeetingV1: readonly Question[] = [
	{ id: 'meeting', type: 'meeting', required: true, simple: true },
	{ id: 'going_well', type: 'text', maxLength: LONG, simple: true },
	{ id: 'worrying_me', type: 'text', maxLength: LONG, simple: true },
	{ id: 'want_to_happen', type: 'text', maxLength: LONG, simple: true },
	{ id: 'who_there', type: 'text', maxLength: SHORT },
	{
		id: 'attend',
		type: 'choice',
		options: ['attend_speak', 'attend_listen', 'advocate', 'not_attend']
	},
	{ id: 'not_read_out', type: 'text', maxLength: LONG }
];
/** A quote is what they want to happen, or else what is going well: never what worries them. */
const BEFORE_MEETING_ANSWERS: AnswerMap = {
	meeting: 'meeting',
	quote: ['want_to_happen', 'going_well'],
	requests: ['want_to_happen', 'who_there', 'attend', 'not_read_out']
};

const myFutureV1: readonly Question[] = [
	'home',
	'money',
	'education_work',
	'health',
	'relationships',
	'support_wanted'
].map((id) => ({ id, type: 'text', maxLength: LONG }) as const);
/** Fewer boxes in simple mode: home, money, college or work, and the help wanted. */
const MY_FUTURE_SIMPLE = ['home', 'education_work', 'money', 'support_wanted'];
const MY_FUTURE_ANSWERS: AnswerMap = { quote: ['support_wanted'] };

/**
 * Every version of every template ever used. A template is never edited in
 * place once statements exist: add a new version and keep the old one here.
 */
export const TEMPLATES: readonly Template[] = [
	{
		id: 'before_meeting',
		version: 1,
		kind: 'before_meeting',
		questions: beforeMeetingV1,
		answersFor: BEFORE_MEETING_ANSWERS
	},
	{
		// Simple mode asks who the child wants there and how they want to take part, too.
		id: 'before_meeting',
		version: 2,
		kind: 'before_meeting',
		questions: beforeMeetingV1.map((q) =>
			q.id === 'who_there' || q.id === 'attend' ? { ...q, simple: true } : q
		),
		answersFor: BEFORE_MEETING_ANSWERS
	},
	{
		id: 'make_a_change',
		version: 1,
		kind: 'make_a_change',
		needsOutcome: true,
		questions: [
			{ id: 'category', type: 'choice', options: CHANGE_CATEGORIES, required: true, simple: true },
			{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
			{ id: 'why', type: 'text', maxLength: LONG, simple: true },
			{ id: 'what_would_help', type: 'text', maxLength: LONG }
		],
		answersFor: { changeCategory: 'category', quote: ['what'] }
	},
	{
		id: 'feelings',
		version: 1,
		kind: 'feelings',
		questions: SHANARRI_AREAS.flatMap((area) => [
			{
				id: area,
				type: 'face' as const,
				required: true,
				simple: true,
				...(area === 'safe' ? { urgentAtOrBelow: 1 } : {})
			},
			{ id: `${area}_words`, type: 'text' as const, maxLength: SHORT }
		]),
		answersFor: {
			wellbeing: Object.fromEntries(SHANARRI_AREAS.map((area) => [area, area])) as Record<
				ShanarriArea,
				string
			>
		}
	},
	{
		id: 'worried',
		version: 1,
		kind: 'worried',
		alwaysUrgent: true,
		crisis: true,
		questions: [
			{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
			{ id: 'safe_now', type: 'yes_no', simple: true },
			{ id: 'who_can_help', type: 'text', maxLength: SHORT }
		],
		answersFor: { quote: ['what'] }
	},
	{
		id: 'good_news',
		version: 1,
		kind: 'good_news',
		questions: [
			{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
			{ id: 'what_helped', type: 'text', maxLength: LONG, simple: true }
		],
		answersFor: { quote: ['what'] }
	},
	{
		id: 'feedback',
		version: 1,
		kind: 'feedback',
		questions: [
			{ id: 'about', type: 'text', maxLength: SHORT, required: true, simple: true },
			{ id: 'listened', type: 'face', required: true, simple: true },
			{ id: 'understood', type: 'face', required: true, simple: true },
			{ id: 'comments', type: 'text', maxLength: LONG }
		],
		answersFor: { quote: ['comments'] }
	},
	{
		id: 'my_future',
		version: 1,
		kind: 'my_future',
		forCareLeavers: true,
		questions: myFutureV1,
		answersFor: MY_FUTURE_ANSWERS
	},
	{
		// Version 1 had no simple questions: in simple mode it sent an empty form.
		id: 'my_future',
		version: 2,
		kind: 'my_future',
		forCareLeavers: true,
		questions: myFutureV1.map((q) =>
			MY_FUTURE_SIMPLE.includes(q.id) ? { ...q, simple: true } : q
		),
		answersFor: MY_FUTURE_ANSWERS
	}
];

export function findTemplate(id: string, version: number): Template | undefined {
	return TEMPLATES.find((t) => t.id === id && t.version === version);
}

/** The version new statements of a kind are written with. */
export function currentTemplate(kind: StatementKind): Template {
	const versions = TEMPLATES.filter((t) => t.kind === kind);
	const latest = versions.reduce((a, b) => (b.version > a.version ? b : a));
	return latest;
}

/** A statement is urgent when its kind always is, or an answer crosses a safety line. */
export function isUrgent(template: Template, answers: Answers): boolean {
	if (template.alwaysUrgent) return true;
	return template.questions.some(
		(q) =>
			q.type === 'face' &&
			q.urgentAtOrBelow !== undefined &&
			typeof answers[q.id] === 'number' &&
			(answers[q.id] as number) <= q.urgentAtOrBelow
	);
}
