import { CHANGE_CATEGORIES } from '$lib/vocabulary';
import type { AnswerMap, Question } from './types';

/** The questions of each template version, and the answer maps they share (index.ts). */
export const LONG = 2000;
export const SHORT = 300;

export const beforeMeetingV1: readonly Question[] = [
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
export const BEFORE_MEETING_ANSWERS: AnswerMap = {
	meeting: 'meeting',
	quote: ['want_to_happen', 'going_well'],
	requests: ['want_to_happen', 'who_there', 'attend', 'not_read_out']
};

/**
 * Version 3: the simple form answers with pictures. "Do you want to go?" and
 * "Who do you want there?" are picture choices there (the full form keeps its
 * words for who), and the Three Houses may be left empty.
 */
export const beforeMeetingV3: readonly Question[] = [
	...beforeMeetingV1.slice(0, 4),
	{ id: 'go', type: 'choice', options: ['yes', 'no', 'not_sure'], simpleOnly: true },
	{
		id: 'who_there_picks',
		type: 'choices',
		options: ['family', 'carer', 'friend', 'teacher', 'worker', 'advocate', 'someone_else'],
		simpleOnly: true
	},
	{ id: 'who_there', type: 'text', maxLength: SHORT },
	{
		id: 'attend',
		type: 'choice',
		options: ['attend_speak', 'attend_listen', 'advocate', 'not_attend'],
		simple: true
	},
	{ id: 'not_read_out', type: 'text', maxLength: LONG }
];

/** The languages an interpreter may be asked for: Heard's own, sign language, or another named. */
export const INTERPRETER_LANGUAGES = [
	'welsh',
	'polish',
	'ukrainian',
	'arabic',
	'dari',
	'pashto',
	'bsl',
	'another'
] as const;

/**
 * Version 4: before the meeting the young person is asked whether they want an interpreter there,
 * and in which language. The simple form asks only whether, with pictures: the list of languages
 * has no picture a younger child could read, and the statement already says which language they
 * wrote in, so their worker asks the rest.
 */
export const beforeMeetingV4: readonly Question[] = [
	...beforeMeetingV3.slice(0, -1),
	{ id: 'interpreter', type: 'choice', options: ['yes', 'no', 'not_sure'], simple: true },
	{ id: 'interpreter_language', type: 'choice', options: INTERPRETER_LANGUAGES },
	{ id: 'interpreter_language_other', type: 'text', maxLength: SHORT },
	...beforeMeetingV3.slice(-1)
];

/**
 * Version 5: each follow-up is asked only while it applies (follow-ups.ts). "How do you want to
 * take part?" comes straight after "Do you want to go?" and is not asked after "No"; which
 * language only after "Yes" or "I'm not sure" to an interpreter, and the name of another only
 * after "Another language". On the simple form "My meeting is not here" is followed by what the
 * meeting is and when, in the child's own words, as the full form asks its kind and day.
 */
const meetingNotHere = { question: 'meeting', oneOf: ['other'] } as const;
const v4 = (id: string) => beforeMeetingV4.find((q) => q.id === id)!;
export const beforeMeetingV5: readonly Question[] = [
	v4('meeting'),
	{ id: 'meeting_what', type: 'text', maxLength: SHORT, simpleOnly: true, when: meetingNotHere },
	{ id: 'meeting_when', type: 'text', maxLength: SHORT, simpleOnly: true, when: meetingNotHere },
	...['going_well', 'worrying_me', 'want_to_happen'].map(v4),
	v4('go'),
	{ ...v4('attend'), when: { question: 'go', noneOf: ['no'] } },
	v4('who_there_picks'),
	v4('who_there'),
	v4('interpreter'),
	{ ...v4('interpreter_language'), when: { question: 'interpreter', oneOf: ['yes', 'not_sure'] } },
	{
		...v4('interpreter_language_other'),
		when: { question: 'interpreter_language', oneOf: ['another'] }
	},
	v4('not_read_out')
];

export const makeAChangeV1: readonly Question[] = [
	{ id: 'category', type: 'choice', options: CHANGE_CATEGORIES, required: true, simple: true },
	{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
	{ id: 'why', type: 'text', maxLength: LONG, simple: true },
	{ id: 'what_would_help', type: 'text', maxLength: LONG }
];

export const worriedV1: readonly Question[] = [
	{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
	{ id: 'safe_now', type: 'yes_no', simple: true },
	{ id: 'who_can_help', type: 'text', maxLength: SHORT }
];

export const goodNewsV1: readonly Question[] = [
	{ id: 'what', type: 'text', maxLength: LONG, required: true, simple: true },
	{ id: 'what_helped', type: 'text', maxLength: LONG, simple: true }
];

export const feedbackV1: readonly Question[] = [
	{ id: 'about', type: 'text', maxLength: SHORT, required: true, simple: true },
	{ id: 'listened', type: 'face', required: true, simple: true },
	{ id: 'understood', type: 'face', required: true, simple: true },
	{ id: 'comments', type: 'text', maxLength: LONG }
];

/** On the simple form the words after a picture answer may be left empty: the picture says enough. */
export const wordsMayFollowPicture = (questions: readonly Question[], ids: string[]) =>
	questions.map((q) => (ids.includes(q.id) ? { ...q, simpleOptional: true } : q));

export const myFutureV1: readonly Question[] = [
	'home',
	'money',
	'education_work',
	'health',
	'relationships',
	'support_wanted'
].map((id) => ({ id, type: 'text', maxLength: LONG }) as const);
/** Fewer boxes in simple mode: home, money, college or work, and the help wanted. */
export const MY_FUTURE_SIMPLE = ['home', 'education_work', 'money', 'support_wanted'];
export const MY_FUTURE_ANSWERS: AnswerMap = { quote: ['support_wanted'] };

/** The simple form: a child who cannot write it down picks what the worry is about. */
export const worriedV2: readonly Question[] = [
	{
		id: 'worry_about',
		type: 'choice',
		options: ['home', 'school', 'a_person', 'online', 'my_feelings', 'something_else'],
		required: true,
		simpleOnly: true
	},
	...wordsMayFollowPicture(worriedV1, ['what'])
];

export const goodNewsV2: readonly Question[] = [
	{
		id: 'news_about',
		type: 'choice',
		options: ['school', 'family', 'friends', 'something_i_did', 'feeling_good', 'something_else'],
		required: true,
		simpleOnly: true
	},
	...wordsMayFollowPicture(goodNewsV1, ['what'])
];

/** The simple form picks what it was about; the full form keeps its words. */
export const feedbackV2: readonly Question[] = [
	{
		id: 'feedback_about',
		type: 'choice',
		options: ['meeting', 'worker', 'visit', 'school', 'something_else'],
		required: true,
		simpleOnly: true
	},
	...feedbackV1.map((q) => (q.id === 'about' ? { ...q, simple: false } : q))
];
