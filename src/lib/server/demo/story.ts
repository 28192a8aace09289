import { currentTemplate, isUrgent, type Answers } from '$lib/templates';
import { changeCategoryOf } from '$lib/templates/answer-map';
import type { OutcomeDecision, StatementKind } from '$lib/vocabulary';
import { newId } from '../ids';
import type { Tx } from '../db';
import { auditEvents, outcomes, replies, statements } from '../db/schema';

/** One demo statement and what happened after it, written as the app would have recorded it. */

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export interface Cast {
	now: Date;
	people: Record<'maya' | 'jordan' | 'alex' | 'leah' | 'kai' | 'ruby', string>;
	workers: Record<'sam' | 'jamie' | 'fiona', string>;
	meetings: Record<'leahReview' | 'kaiHearing', string>;
}

export interface Story {
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

/** A feelings check-in: a score for each wellbeing area, with any words the young person added. */
export function feelings(scores: number[], words: Record<string, string> = {}): Answers {
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
}

export async function addStory(tx: Tx, s: Story, now: Date): Promise<void> {
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
	const urgent = isUrgent(template, s.answers);
	await tx.insert(statements).values({
		id,
		youngPersonId: s.youngPersonId,
		kind: s.kind,
		templateId: template.id,
		templateVersion: template.version,
		answers: s.answers,
		status,
		urgent,
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
		// As the app sends them: an urgent statement's chain takes its first step after two hours.
		nextEscalationAt: urgent && !readAt ? at(2) : null,
		closedAt,
		listenedRating: s.listenedRating ?? null
	});
	if (readAt) {
		await tx.insert(auditEvents).values({
			at: readAt,
			actorId: s.worker,
			action: 'statement_read',
			subjectType: 'statement',
			subjectId: id,
			youngPersonId: s.youngPersonId
		});
	}
	if (s.reply && repliedAt) {
		await tx.insert(replies).values({
			statementId: id,
			authorId: s.worker,
			body: s.reply.body,
			isDecision: s.reply.isDecision ?? false,
			createdAt: repliedAt
		});
	}
	if (s.outcome && outcomeAt) {
		await tx.insert(outcomes).values({
			statementId: id,
			decision: s.outcome.decision,
			explanation: s.outcome.explanation,
			recordedBy: s.worker,
			recordedAt: outcomeAt
		});
	}
}
