import { feelings, type Cast, type Story } from './story';

/** What the Throughcare team's young people said: a care leaver and a young person in continuing care. */
export function throughcareStories({ people: p, workers: w }: Cast): Story[] {
	return [
		{
			youngPersonId: p.alex,
			kind: 'my_future',
			daysAgo: 35,
			worker: w.jamie,
			answers: {
				home: 'Stay in my flat.',
				money: 'Help with budgeting, the gas bill scared me.',
				education_work: 'College in September, catering.',
				health: '',
				relationships: 'See my brother more.',
				support_wanted: 'Someone to go with me to the college open day.'
			},
			readAfterHours: 28,
			reply: { afterHours: 52, body: 'I can come to the open day with you on the 14th.' },
			listenedRating: 5
		},
		{
			youngPersonId: p.alex,
			kind: 'make_a_change',
			daysAgo: 20,
			worker: w.jamie,
			answers: {
				category: 'money',
				what: 'Help paying for college equipment.',
				why: 'Knives and whites cost over £100.',
				what_would_help: 'A grant.'
			},
			readAfterHours: 6,
			outcome: {
				afterDays: 4,
				decision: 'agreed',
				explanation:
					'The aftercare fund will pay for your knives and whites. Bring the receipt and we will pay you back.'
			},
			consentToShare: true,
			listenedRating: 5
		},
		{
			youngPersonId: p.ruby,
			kind: 'good_news',
			daysAgo: 12,
			worker: w.jamie,
			answers: {
				what: 'I passed my driving theory test.',
				what_helped: 'My foster carer testing me every night.'
			},
			readAfterHours: 40,
			reply: { afterHours: 41, body: 'Brilliant news Ruby, well done!' },
			consentToShare: true
		},
		{
			youngPersonId: p.ruby,
			kind: 'feelings',
			daysAgo: 40,
			worker: w.jamie,
			answers: feelings([5, 4, 4, 5, 3, 4, 5, 4]),
			readAfterHours: 70
		}
	];
}
