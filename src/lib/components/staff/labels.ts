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
	weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'
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
