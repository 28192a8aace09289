import { z } from 'zod';
import { STATEMENT_KINDS } from '$lib/vocabulary';
import {
	INBOX_PAGE_SIZE,
	INBOX_STATUSES,
	countInboxForWorker,
	listInboxForWorker
} from '$lib/server/inbox/queries';
import { pageAskedFor } from '$lib/paging';
import {
	listArchivedCaseloadForWorker,
	listCaseloadForWorker
} from '$lib/server/statements/queries';
import { dateTime, shortDate } from '$lib/dates';
import { beforeMeetingWords } from '$lib/words/durations';
import { kindLabel } from '$lib/words/statements';
import { m } from '$lib/paraglide/messages.js';
import { currentTime } from '$lib/server/clock';
import {
	hasOutOfHoursList,
	listUrgentForOutOfHours,
	listUrgentNotInHandForWorker
} from '$lib/server/urgent/queries';
import { loopsWaitingForWorker } from '$lib/server/inbox/loops-waiting';
import { waitingRowForPage } from '$lib/server/statements/waiting-row';

// Each filter is parsed on its own: one odd value in a bookmarked URL doesn't drop the others.
const Person = z.string().min(1).max(40);
const Kind = z.enum(STATEMENT_KINDS);
const Status = z.enum(INBOX_STATUSES);

export const load = async ({ locals, url }) => {
	const actor = locals.user!;
	const q = url.searchParams;
	const person = Person.safeParse(q.get('person')).data;
	const kind = Kind.safeParse(q.get('kind')).data;
	const status = Status.safeParse(q.get('status')).data ?? 'waiting';
	const overdue = q.get('overdue') === '1';
	const filters = { youngPersonId: person, kind, status, overdueOnly: overdue };
	const total = await countInboxForWorker(actor, filters);
	const { page, paging } = pageAskedFor(url, total, INBOX_PAGE_SIZE);
	const rows = await listInboxForWorker(actor, filters, undefined, { page });
	return {
		outOfHours: (await hasOutOfHoursList(actor))
			? (await listUrgentForOutOfHours(actor, currentTime())).map((s) => ({
					id: s.id,
					preferredName: s.preferredName,
					kindWords: kindLabel(s.kind),
					state:
						s.acknowledgedAt && s.acknowledgedBy
							? m.staff_duty_dealt({
									sent: dateTime(s.sentAt),
									name: s.acknowledgedBy,
									date: dateTime(s.acknowledgedAt)
								})
							: m.staff_duty_waiting({ sent: dateTime(s.sentAt) }),
					waiting: !s.acknowledgedAt
				}))
			: null,
		urgentNotInHand: (await listUrgentNotInHandForWorker(actor)).map((s) => ({
			id: s.id,
			preferredName: s.preferredName,
			kindWords: kindLabel(s.kind),
			state: s.firstReadAt
				? m.staff_team_urgent_read_only()
				: m.staff_duty_waiting({ sent: dateTime(s.sentAt) })
		})),
		filters: { person: person ?? '', kind: kind ?? '', status, overdue },
		paging: paging(rows.length),
		loops: await loopsWaitingForWorker(actor),
		// Also the people the inbox can be filtered by: the same open records, by name.
		caseload: await listCaseloadForWorker(actor),
		archived: (await listArchivedCaseloadForWorker(actor)).map((p) => ({
			id: p.id,
			preferredName: p.preferredName,
			archivedWords: p.archivedAt ? shortDate(p.archivedAt) : ''
		})),
		rows: rows.map((r) => ({
			...waitingRowForPage(r),
			meetingWords: beforeMeetingWords(r.sentAt, r.meetingAt)
		}))
	};
};
