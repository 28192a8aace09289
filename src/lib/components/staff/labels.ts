import { m } from '$lib/paraglide/messages.js';
import type { OutcomeDecision, StatementKind } from '$lib/vocabulary';

const KIND: Record<StatementKind, () => string> = {
	before_meeting: m.kind_before_meeting,
	make_a_change: m.kind_make_a_change,
	feelings: m.kind_feelings,
	worried: m.kind_worried,
	good_news: m.kind_good_news,
	feedback: m.kind_feedback,
	my_future: m.kind_my_future
};
export const kindLabel = (kind: StatementKind) => KIND[kind]();

const DECISION: Record<OutcomeDecision, () => string> = {
	agreed: m.staff_decision_agreed,
	partly_agreed: m.staff_decision_partly_agreed,
	not_possible: m.staff_decision_not_possible,
	still_working: m.staff_decision_still_working
};
export const decisionLabel = (decision: OutcomeDecision) => DECISION[decision]();

// One formatter, made once: toLocaleString builds a new one on every call, which shows on a long inbox.
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
	weekday: 'short',
	day: 'numeric',
	month: 'short',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit',
	timeZone: 'Europe/London'
});

/** Staff need the time as well as the day: "Mon 13 Jan 2025, 11:00", in UK time whatever the server's zone. */
export function dateTime(at: Date | string | number): string {
	return DATE_TIME.format(new Date(at));
}

/** How long before its meeting a statement was sent, in words. */
export function beforeMeetingWords(sentAt: Date, meetingAt: Date | null): string {
	if (!meetingAt) return m.staff_no_meeting();
	const hours = Math.floor((meetingAt.getTime() - sentAt.getTime()) / 3_600_000);
	if (hours < 0) return m.staff_after_meeting();
	if (hours < 48) return m.staff_before_meeting_hours({ hours });
	return m.staff_before_meeting_days({ days: Math.floor(hours / 24) });
}

/** When views reached their meeting, plainly, for the meeting pack and the file: "3 days before the meeting". */
export function timingForMeetingWords(sentAt: Date, meetingAt: Date): string {
	const hours = Math.floor((meetingAt.getTime() - sentAt.getTime()) / 3_600_000);
	if (sentAt.getTime() > meetingAt.getTime()) return m.staff_timing_after_meeting();
	if (hours < 1) return m.staff_timing_within_hour();
	if (hours < 2) return m.staff_timing_hour_before();
	if (hours < 48) return m.staff_timing_hours_before({ hours });
	return m.staff_timing_days_before({ days: Math.floor(hours / 24) });
}

/** How long something has waited, in the largest whole unit that reads naturally: "45 minutes", "5 hours", "3 days". */
export function waitedWords(since: Date, now: Date): string {
	const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
	if (minutes < 2) return m.staff_waited_minute();
	if (minutes < 60) return m.staff_waited_minutes({ minutes });
	const hours = Math.floor(minutes / 60);
	if (hours < 2) return m.staff_waited_hour();
	if (hours < 48) return m.staff_waited_hours({ hours });
	return m.staff_waited_days({ days: Math.floor(hours / 24) });
}
