import { m } from '$lib/paraglide/messages.js';
import { shortDate } from '$lib/dates';
import type { OutcomeDecision } from '$lib/vocabulary';

const DECISION: Record<OutcomeDecision, () => string> = {
	agreed: m.decision_agreed,
	partly_agreed: m.decision_partly_agreed,
	not_possible: m.decision_not_possible,
	still_working: m.decision_still_working
};
export const decisionWords = (decision: OutcomeDecision) => DECISION[decision]();

/** Where a statement has got to, in a child's words: sent / read by Sam on Tue 3 Dec / Sam replied / decided. */
export function statusWords(s: {
	sentAt: Date;
	firstReadAt: Date | null;
	readBy: string | null;
	firstRepliedAt: Date | null;
	decision: OutcomeDecision | null;
}): string {
	if (s.decision) return m.status_decided({ decision: decisionWords(s.decision) });
	if (s.firstRepliedAt) return m.status_replied({ name: s.readBy ?? '' });
	if (s.firstReadAt) return m.status_read({ name: s.readBy ?? '', date: shortDate(s.firstReadAt) });
	return m.status_sent({ date: shortDate(s.sentAt) });
}
