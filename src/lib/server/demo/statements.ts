import { addStory, feelings, type Cast, type Story } from './story';
import type { Tx } from '../db';
import { throughcareStories } from './statements-throughcare';

/**
 * A realistic spread: read and unread, answered and waiting, one urgent, one overdue.
 * The North team's young people here; the Throughcare team's in their own file.
 */
export async function seedDemoStatements(tx: Tx, cast: Cast): Promise<void> {
	const { people: p, workers: w, meetings: m } = cast;
	const stories: Story[] = [
		{
			youngPersonId: p.maya,
			kind: 'feelings',
			daysAgo: 14,
			worker: w.sam,
			answers: feelings([4, 4, 3, 5, 5, 4, 4, 3], { included: 'Nobody picks me at playtime' }),
			readAfterHours: 20,
			reply: {
				afterHours: 26,
				body: 'Thank you Maya. I will ask your teacher about playtime and tell you what they say.'
			},
			listenedRating: 5
		},
		{
			youngPersonId: p.maya,
			kind: 'good_news',
			daysAgo: 1,
			worker: w.sam,
			answers: {
				what: 'I got a star for my reading!',
				what_helped: 'Reading with Auntie Jen every night'
			}
		},
		{
			youngPersonId: p.jordan,
			kind: 'make_a_change',
			daysAgo: 24,
			worker: w.sam,
			answers: {
				category: 'family_time',
				what: 'I want to see my gran on Sundays as well as Wednesdays.',
				why: 'She is the person I talk to most.',
				what_would_help: ''
			},
			readAfterHours: 5,
			outcome: {
				afterDays: 9,
				decision: 'partly_agreed',
				explanation:
					'You can see your gran every other Sunday from next month. Every Sunday was not possible because of her hospital visits, but we will look again in March.'
			},
			consentToShare: true,
			listenedRating: 4
		},
		{
			youngPersonId: p.jordan,
			kind: 'worried',
			daysAgo: 3,
			worker: w.sam,
			answers: {
				what: 'There was shouting at home last night and I did not sleep.',
				safe_now: true,
				who_can_help: 'My gran'
			},
			readAfterHours: 0.5,
			reply: {
				afterHours: 1,
				body: 'Thank you for telling me, Jordan. I am coming to see you at school today at 1pm.'
			}
		},
		{
			youngPersonId: p.leah,
			kind: 'before_meeting',
			daysAgo: 48,
			worker: w.sam,
			meetingId: m.leahReview,
			answers: {
				meeting: m.leahReview,
				going_well: 'I like my room and the staff on nightshift.',
				worrying_me: 'Moving again.',
				want_to_happen: 'Stay here until I finish school.',
				who_there: 'My mum and Claire from school',
				attend: 'attend_speak',
				not_read_out: ''
			},
			readAfterHours: 30,
			reply: {
				afterHours: 40,
				body: 'Everyone at the review agreed you will stay at the house. We will review it again in six months.',
				isDecision: true
			},
			consentToShare: true
		},
		{
			youngPersonId: p.leah,
			kind: 'make_a_change',
			daysAgo: 6,
			worker: w.sam,
			answers: {
				category: 'house_rules',
				what: 'Phones taken at 9pm is too early at weekends.',
				why: 'My friends are all online then.',
				what_would_help: '10:30 on Friday and Saturday.'
			},
			readAfterHours: 18
		},
		{
			youngPersonId: p.leah,
			kind: 'feelings',
			daysAgo: 10,
			worker: w.sam,
			answers: feelings([4, 3, 3, 4, 2, 3, 4, 3]),
			readAfterHours: 50
		},
		{
			youngPersonId: p.kai,
			kind: 'feelings',
			daysAgo: 5,
			worker: w.fiona,
			answers: feelings([2, 3, 2, 4, 4, 3, 3, 2], { safe: 'Some big boys at the park' })
		},
		{
			youngPersonId: p.kai,
			kind: 'feedback',
			daysAgo: 29,
			worker: w.fiona,
			meetingId: m.kaiHearing,
			answers: {
				about: 'My hearing',
				listened: 3,
				understood: 2,
				comments: 'I did not know what some words meant.'
			},
			readAfterHours: 24,
			reply: {
				afterHours: 48,
				body: 'Thank you Kai. Next time I will go through the words with you before the hearing.'
			},
			consentToShare: true
		},
		...throughcareStories(cast)
	];
	for (const s of stories) await addStory(tx, s, cast.now);
}
