import { dateTime } from '$lib/dates';
import type { StatementKind } from '$lib/vocabulary';
import { kindLabel } from '$lib/words/statements';
import { urgentNotInHand, type whatIsWaiting } from './waiting';

type Waiting = ReturnType<typeof whatIsWaiting> & {
	id: string;
	preferredName: string;
	kind: StatementKind;
	status: string;
	sentAt: Date;
	urgent: boolean;
	escalatedAt: Date | null;
	acknowledgedAt: Date | null;
	closedAt: Date | null;
};

/**
 * A waiting statement as a staff table shows it (the inbox, a manager's "Waiting for"): who,
 * what, when, and what it needs, for StateBadges. Only what the page shows: this data is also
 * sent inside the page for the browser.
 */
export function waitingRowForPage(r: Waiting) {
	return {
		id: r.id,
		preferredName: r.preferredName,
		kindWords: kindLabel(r.kind),
		sentWords: dateTime(r.sentAt),
		closed: r.status === 'closed',
		escalated: r.escalatedAt !== null,
		urgent: urgentNotInHand(r),
		unread: r.unread,
		overdue: r.overdue,
		awaitingReply: r.awaitingReply,
		answeredBack: r.answeredBack,
		openChange: r.openChange
	};
}
