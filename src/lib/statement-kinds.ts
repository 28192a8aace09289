import { m } from '$lib/paraglide/messages.js';
import type { StatementKind } from '$lib/vocabulary';

/** The words for each kind, in one place for every page that names one. */
const KIND_WORDS: Record<StatementKind, { label: () => string; hint: () => string }> = {
	before_meeting: { label: m.kind_before_meeting, hint: m.kind_before_meeting_hint },
	make_a_change: { label: m.kind_make_a_change, hint: m.kind_make_a_change_hint },
	feelings: { label: m.kind_feelings, hint: m.kind_feelings_hint },
	worried: { label: m.kind_worried, hint: m.kind_worried_hint },
	good_news: { label: m.kind_good_news, hint: m.kind_good_news_hint },
	feedback: { label: m.kind_feedback, hint: m.kind_feedback_hint },
	my_future: { label: m.kind_my_future, hint: m.kind_my_future_hint }
};

export const kindLabel = (kind: StatementKind) => KIND_WORDS[kind].label();
export const kindHint = (kind: StatementKind) => KIND_WORDS[kind].hint();
