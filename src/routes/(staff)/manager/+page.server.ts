import { m } from '$lib/paraglide/messages.js';
import { listTeamYoungPeople, summariseTeamForManager } from '$lib/server/team/queries';
import { dateTime } from '$lib/dates';
import { kindLabel } from '$lib/words/statements';
import { waitedWords } from '$lib/words/durations';
import { acknowledgeTable } from '$lib/server/reports/acknowledge';
import { getSetting } from '$lib/server/settings';
import { listAcknowledgedInManagedTeams } from '$lib/server/urgent/queries';
import { loopsWaitingForManager } from '$lib/server/inbox/loops-waiting';

export const load = async ({ locals }) => {
	const actor = locals.user!;
	const now = new Date();
	const { workers, urgentNotDealtWith } = await summariseTeamForManager(actor, now);
	return {
		workers,
		urgentNotDealtWith: urgentNotDealtWith.map((s) => ({
			id: s.id,
			preferredName: s.preferredName,
			kindWords: kindLabel(s.kind),
			readWords: s.unread ? m.staff_team_urgent_unread() : m.staff_team_urgent_read_only(),
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
		people: await listTeamYoungPeople(actor),
		acknowledge: {
			table: acknowledgeTable(
				await listAcknowledgedInManagedTeams(actor, now),
				await getSetting('suppressionThreshold')
			),
			threshold: await getSetting('suppressionThreshold')
		},
		loops: await loopsWaitingForManager(actor, now)
	};
};
