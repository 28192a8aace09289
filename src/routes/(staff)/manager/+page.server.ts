import { listTeamYoungPeople, summariseTeamForManager } from '$lib/server/team/queries';
import { dateTime, kindLabel } from '$lib/components/staff/labels';

export const load = ({ locals }) => {
	const actor = locals.user!;
	const { workers, urgentUnread } = summariseTeamForManager(actor);
	return {
		workers,
		urgentUnread: urgentUnread.map((s) => ({ id: s.id, preferredName: s.preferredName, kindWords: kindLabel(s.kind), sentWords: dateTime(s.sentAt), escalated: !!s.escalatedAt })),
		people: listTeamYoungPeople(actor)
	};
};
