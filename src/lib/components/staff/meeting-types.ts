import { m } from '$lib/paraglide/messages.js';
import type { MeetingType } from '$lib/vocabulary';

/** Meeting types in staff words (the same names the young person sees). */
const TYPE: Record<MeetingType, () => string> = {
	child_protection_conference: m.meeting_type_child_protection_conference,
	looked_after_review: m.meeting_type_looked_after_review,
	childrens_hearing: m.meeting_type_childrens_hearing,
	childs_plan_meeting: m.meeting_type_childs_plan_meeting,
	pathway_plan_review: m.meeting_type_pathway_plan_review,
	family_group_decision_making: m.meeting_type_family_group_decision_making,
	team_around_the_child: m.meeting_type_team_around_the_child,
	other: m.meeting_type_other
};
export const meetingTypeWords = (type: MeetingType) => TYPE[type]();
