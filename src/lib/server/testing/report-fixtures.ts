/**
 * Builders for report tests: statements, meetings and allocations with the
 * dates and answers a report looks at, written as real rows.
 */
import type { ChangeCategory, MeetingType, OutcomeDecision, StatementKind } from '$lib/vocabulary';
import { db } from '../db';
import { allocations, meetings, outcomes, statements, users } from '../db/schema';
import { newId } from '../ids';

const MINUTE = 60_000;

interface ReportStatement {
	kind: StatementKind;
	sentAt: Date;
	readAfterMinutes?: number;
	repliedAfterMinutes?: number;
	answers?: Record<string, unknown>;
	changeCategory?: ChangeCategory;
	outcome?: { decision: OutcomeDecision; afterDays: number; by: string };
	meetingId?: string;
	urgent?: boolean;
	escalated?: boolean;
	listenedRating?: number;
	consentToShare?: boolean;
}

export function addReportStatement(youngPersonId: string, s: ReportStatement): string {
	const at = (minutes?: number) =>
		minutes === undefined ? null : new Date(s.sentAt.getTime() + minutes * MINUTE);
	const id = db()
		.insert(statements)
		.values({
			youngPersonId,
			kind: s.kind,
			templateId: s.kind,
			templateVersion: 1,
			answers: s.answers ?? {},
			status:
				s.repliedAfterMinutes !== undefined
					? 'replied'
					: s.readAfterMinutes !== undefined
						? 'read'
						: 'sent',
			urgent: s.urgent ?? false,
			consentToShare: s.consentToShare ?? false,
			meetingId: s.meetingId ?? null,
			changeCategory: s.changeCategory ?? null,
			idempotencyKey: newId(),
			sentAt: s.sentAt,
			firstReadAt: at(s.readAfterMinutes),
			firstRepliedAt: at(s.repliedAfterMinutes),
			escalatedAt: s.escalated ? at(120) : null,
			listenedRating: s.listenedRating ?? null
		})
		.returning()
		.get().id;
	if (s.outcome) {
		db()
			.insert(outcomes)
			.values({
				statementId: id,
				decision: s.outcome.decision,
				explanation: 'Explained.',
				recordedBy: s.outcome.by,
				recordedAt: new Date(s.sentAt.getTime() + s.outcome.afterDays * 1440 * MINUTE)
			})
			.run();
	}
	return id;
}

export function addMeeting(
	youngPersonId: string,
	type: MeetingType,
	scheduledAt: Date,
	cancelled = false
): string {
	return db()
		.insert(meetings)
		.values({ youngPersonId, type, scheduledAt, cancelledAt: cancelled ? scheduledAt : null })
		.returning()
		.get().id;
}

/** Allocations one after another: each ends when the next starts; the last is current. */
export function allocateInTurn(youngPersonId: string, workerId: string, starts: Date[]): void {
	starts.forEach((startedAt, i) => {
		db()
			.insert(allocations)
			.values({ youngPersonId, workerId, startedAt, endedAt: starts[i + 1] ?? null })
			.run();
	});
}

/** A sign-in for a young person's record, so they count as having an account. */
export function createYoungPersonUser(): string {
	const name = `yp-${newId()}`;
	return db()
		.insert(users)
		.values({ username: name, displayName: 'Young person', firstName: 'Young' })
		.returning()
		.get().id;
}
