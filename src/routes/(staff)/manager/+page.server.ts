import { m } from '$lib/paraglide/messages.js';
import { listTeamYoungPeople, summariseTeamForManager } from '$lib/server/team/queries';
import { dateTime } from '$lib/dates';
import { kindLabel } from '$lib/words/statements';
import { waitedWords } from '$lib/words/durations';
import { acknowledgeTable } from '$lib/server/reports/acknowledge';
import { getSetting } from '$lib/server/settings';
import { listAcknowledgedInManagedTeams } from '$lib/server/urgent/queries';
import { loopsWaitingForManager } from '$lib/server/staff/loops-waiting';

export const load = ({ locals }) => {
	const actor = locals.user!;
	const now = new Date();
	const { workers, urgentUnread } = summariseTeamForManager(actor, now);
	return {
		workers,
		urgentUnread: urgentUnread.map((s) => ({
			id: s.id,
			preferredName: s.preferredName,
			kindWords: kindLabel(s.kind),
			waitedWords: m.staff_team_urgent_waited({
				sent: dateTime(s.sentAt),
				waited: waitedWords(s.sentAt, now)
			}),
			escalatedWords: s.escalatedAt
				? m.staff_team_urgent_escalated({
						date: dateTime(s.escalatedAt),
						waited: waitedWords(s.sentAt, s.escalatedAt)
					})
				: null
		})),
		people: listTeamYoungPeople(actor),
		acknowledge: {
			table: acknowledgeTable(
				listAcknowledgedInManagedTeams(actor, now),
				getSetting('suppressionThreshold')
			),
			threshold: getSetting('suppressionThreshold')
		},
		loops: loopsWaitingForManager(actor, now)
	};
};
