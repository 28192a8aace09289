import { SHANARRI_AREAS } from '$lib/vocabulary';
import type { ShanarriArea, Template } from './types';

import {
	SHORT,
	beforeMeetingV1,
	BEFORE_MEETING_ANSWERS,
	beforeMeetingV3,
	beforeMeetingV4,
	beforeMeetingV5,
	makeAChangeV1,
	worriedV1,
	worriedV2,
	goodNewsV1,
	goodNewsV2,
	feedbackV1,
	feedbackV2,
	wordsMayFollowPicture,
	myFutureV1,
	MY_FUTURE_SIMPLE,
	MY_FUTURE_ANSWERS
} from './questions';

/** Before a meeting from version 4: the requests, and the interpreter asked for. */
const INTERPRETER_ANSWERS = {
	...BEFORE_MEETING_ANSWERS,
	requests: ['want_to_happen', 'who_there_picks', 'who_there', 'attend', 'not_read_out'],
	interpreter: {
		wanted: 'interpreter',
		language: 'interpreter_language',
		other: 'interpreter_language_other'
	}
};

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
		id: 'before_meeting',
		version: 3,
		kind: 'before_meeting',
		questions: beforeMeetingV3,
		answersFor: {
			...BEFORE_MEETING_ANSWERS,
			requests: ['want_to_happen', 'who_there_picks', 'who_there', 'attend', 'not_read_out']
		}
	},
	{
		// Asks whether the young person wants an interpreter at the meeting, and in which language.
		id: 'before_meeting',
		version: 4,
		kind: 'before_meeting',
		questions: beforeMeetingV4,
		answersFor: INTERPRETER_ANSWERS
	},
	{
		// Follow-ups asked only while they apply; on the simple form, a meeting not listed is asked about.
		id: 'before_meeting',
		version: 5,
		kind: 'before_meeting',
		questions: beforeMeetingV5,
		answersFor: INTERPRETER_ANSWERS
	},
	{
		id: 'make_a_change',
		version: 1,
		kind: 'make_a_change',
		needsOutcome: true,
		questions: makeAChangeV1,
		answersFor: { changeCategory: 'category', quote: ['what'] }
	},
	{
		// The simple form: the category's picture is enough; words are welcome.
		id: 'make_a_change',
		version: 2,
		kind: 'make_a_change',
		needsOutcome: true,
		questions: wordsMayFollowPicture(makeAChangeV1, ['what']),
		answersFor: { changeCategory: 'category', quote: ['what'] }
	},
	{
		// A category alone said too little to act on: the simple form asks for what should change,
		// as the full form does (a few words, or a recording).
		id: 'make_a_change',
		version: 3,
		kind: 'make_a_change',
		needsOutcome: true,
		questions: makeAChangeV1,
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
		questions: worriedV1,
		answersFor: { quote: ['what'] }
	},
	{
		// The simple form: a child who cannot write it down picks what the worry is about.
		id: 'worried',
		version: 2,
		kind: 'worried',
		alwaysUrgent: true,
		crisis: true,
		questions: worriedV2,
		answersFor: { quote: ['what'] }
	},
	{
		id: 'good_news',
		version: 1,
		kind: 'good_news',
		questions: goodNewsV1,
		answersFor: { quote: ['what'] }
	},
	{
		id: 'good_news',
		version: 2,
		kind: 'good_news',
		questions: goodNewsV2,
		answersFor: { quote: ['what'] }
	},
	{
		id: 'feedback',
		version: 1,
		kind: 'feedback',
		questions: feedbackV1,
		answersFor: { quote: ['comments'] }
	},
	{
		// The simple form picks what it was about; the full form keeps its words.
		id: 'feedback',
		version: 2,
		kind: 'feedback',
		questions: feedbackV2,
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
