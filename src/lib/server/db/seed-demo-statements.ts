import { currentTemplate, isUrgent, type Answers } from '$lib/templates';
import { changeCategoryOf } from '$lib/templates/answer-map';
import type { OutcomeDecision, StatementKind } from '$lib/vocabulary';
import { newId } from '../ids';
import type { Tx } from '.';
import { auditEvents, outcomes, replies, statements } from './schema';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface Cast {
	now: Date;
	people: Record<'maya' | 'jordan' | 'alex' | 'leah' | 'kai' | 'ruby', string>;
	workers: Record<'sam' | 'jamie' | 'fiona', string>;
	meetings: Record<'leahReview' | 'kaiHearing', string>;
}

interface Story {
	youngPersonId: string;
	kind: StatementKind;
	daysAgo: number;
	answers: Answers;
	worker: string;
	readAfterHours?: number;
	reply?: { afterHours: number; body: string; isDecision?: boolean };
	outcome?: { afterDays: number; decision: OutcomeDecision; explanation: string };
	meetingId?: string;
	consentToShare?: boolean;
	listenedRating?: number;
}

/** A realistic spread: read and unread, answered and waiting, one urgent, one overdue. */
export function seedDemoStatements(
	tx: Tx,
	{ now, people: p, workers: w, meetings: m }: Cast
): void {
	const feelings = (scores: number[], words: Record<string, string> = {}): Answers => {
		const areas = [
			'safe',
			'healthy',
			'achieving',
			'nurtured',
			'active',
			'respected',
			'responsible',
			'included'
		];
		return Object.fromEntries(
			areas.flatMap((a, i) => [
				[a, scores[i] ?? 3],
				[`${a}_words`, words[a] ?? '']
			])
		);
	};
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
	for (const s of stories) addStory(tx, s, now);
}

function addStory(tx: Tx, s: Story, now: Date): void {
	const template = currentTemplate(s.kind);
	const sentAt = new Date(now.getTime() - s.daysAgo * DAY);
	const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);
	const readAt = s.readAfterHours === undefined ? null : at(s.readAfterHours);
	const repliedAt = s.reply ? at(s.reply.afterHours) : null;
	const outcomeAt = s.outcome ? at(s.outcome.afterDays * 24) : null;
	// As the app records them: "still working on it" answers a request without closing it.
	const closedAt = s.outcome?.decision === 'still_working' ? null : outcomeAt;
	const status = closedAt ? 'closed' : repliedAt ? 'replied' : readAt ? 'read' : 'sent';
	const id = newId();
	tx.insert(statements)
		.values({
			id,
			youngPersonId: s.youngPersonId,
			kind: s.kind,
			templateId: template.id,
			templateVersion: template.version,
			answers: s.answers,
			status,
			urgent: isUrgent(template, s.answers),
			consentToShare: s.consentToShare ?? false,
			meetingId: s.meetingId ?? null,
			// Every story answers questions only the full form asks.
			simpleMode: false,
			changeCategory: changeCategoryOf(template, s.answers),
			idempotencyKey: newId(),
			sentAt,
			firstReadAt: readAt,
			firstReadBy: readAt ? s.worker : null,
			firstRepliedAt: repliedAt,
			closedAt,
			listenedRating: s.listenedRating ?? null
		})
		.run();
	if (readAt) {
		tx.insert(auditEvents)
			.values({
				at: readAt,
				actorId: s.worker,
				action: 'statement_read',
				subjectType: 'statement',
				subjectId: id,
				youngPersonId: s.youngPersonId
			})
			.run();
	}
	if (s.reply && repliedAt) {
		tx.insert(replies)
			.values({
				statementId: id,
				authorId: s.worker,
				body: s.reply.body,
				isDecision: s.reply.isDecision ?? false,
				createdAt: repliedAt
			})
			.run();
	}
	if (s.outcome && outcomeAt) {
		tx.insert(outcomes)
			.values({
				statementId: id,
				decision: s.outcome.decision,
				explanation: s.outcome.explanation,
				recordedBy: s.worker,
				recordedAt: outcomeAt
			})
			.run();
	}
}
