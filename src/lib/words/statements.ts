import { m } from '$lib/paraglide/messages.js';
import type { OutcomeDecision, StatementKind } from '$lib/vocabulary';
import { shortDate } from '$lib/dates';
import { currentLocale, type Locale } from '$lib/locale';
import { labelFrom, type Label } from './labels';

/** What each kind of statement is called, for every page that names one. */
export const kindLabel = /* @__PURE__ */ labelFrom<StatementKind>({
	before_meeting: m.kind_before_meeting,
	make_a_change: m.kind_make_a_change,
	feelings: m.kind_feelings,
	worried: m.kind_worried,
	good_news: m.kind_good_news,
	feedback: m.kind_feedback,
	my_future: m.kind_my_future
});

export const kindHint = /* @__PURE__ */ labelFrom<StatementKind>({
	before_meeting: m.kind_before_meeting_hint,
	make_a_change: m.kind_make_a_change_hint,
	feelings: m.kind_feelings_hint,
	worried: m.kind_worried_hint,
	good_news: m.kind_good_news_hint,
	feedback: m.kind_feedback_hint,
	my_future: m.kind_my_future_hint
});

/** A decision as the young person reads it ("Yes, we agreed"). */
export const decisionWords = /* @__PURE__ */ labelFrom<OutcomeDecision>({
	agreed: m.decision_agreed,
	partly_agreed: m.decision_partly_agreed,
	not_possible: m.decision_not_possible,
	still_working: m.decision_still_working
});

/** The same decision in staff words. */
export const decisionLabel = /* @__PURE__ */ labelFrom<OutcomeDecision>({
	agreed: m.staff_decision_agreed,
	partly_agreed: m.staff_decision_partly_agreed,
	not_possible: m.staff_decision_not_possible,
	still_working: m.staff_decision_still_working
});

const LISTENED: Label[] = [m.listened_1, m.listened_2, m.listened_3, m.listened_4, m.listened_5];
/** "Mostly": how listened to a young person said they felt, on the scale of 1 to 5. */
export const listenedWords = (rating: number, locale: Locale = currentLocale()) =>
	LISTENED[rating - 1]?.({}, { locale }) ?? String(rating);

/** Outcome groups in reports: the decisions, with "still working" counted as open. */
const OUTCOME_GROUPS = ['agreed', 'partly_agreed', 'not_possible', 'open'] as const;
const OUTCOME_GROUP: Record<(typeof OUTCOME_GROUPS)[number], Label> = {
	agreed: m.report_outcome_agreed,
	partly_agreed: m.report_outcome_partly,
	not_possible: m.report_outcome_not_possible,
	open: m.report_outcome_open
};
export const outcomeGroups = (locale: Locale = currentLocale()) =>
	OUTCOME_GROUPS.map((key) => ({ key, label: OUTCOME_GROUP[key]({}, { locale }) }));

/** Where a statement has got to, in a child's words: sent / read by Sam on Tue 3 Dec / Sam replied / decided. */
export function statusWords(
	s: {
		sentAt: Date;
		firstReadAt: Date | null;
		readBy: string | null;
		firstRepliedAt: Date | null;
		decision: OutcomeDecision | null;
	},
	locale: Locale = currentLocale()
): string {
	const options = { locale };
	if (s.decision) return m.status_decided({ decision: decisionWords(s.decision, locale) }, options);
	if (s.firstRepliedAt) return m.status_replied({ name: s.readBy ?? '' }, options);
	if (s.firstReadAt)
		return m.status_read({ name: s.readBy ?? '', date: shortDate(s.firstReadAt, locale) }, options);
	return m.status_sent({ date: shortDate(s.sentAt, locale) }, options);
}
