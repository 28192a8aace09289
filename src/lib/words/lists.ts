import { m } from '$lib/paraglide/messages.js';
import type { ChangeCategory, MeetingType, YouSaidStatus } from '$lib/vocabulary';
import { SHANARRI_AREAS } from '$lib/vocabulary';
import type { Locale } from '$lib/locale';
import { labelFrom } from './labels';
import { asLocale, baseLocale } from '$lib/languages';

/** Meeting types: the same names for the young person and for staff. */
export const meetingTypeLabel = /* @__PURE__ */ labelFrom<MeetingType>({
	child_protection_conference: m.meeting_type_child_protection_conference,
	looked_after_review: m.meeting_type_looked_after_review,
	childrens_hearing: m.meeting_type_childrens_hearing,
	childs_plan_meeting: m.meeting_type_childs_plan_meeting,
	pathway_plan_review: m.meeting_type_pathway_plan_review,
	family_group_decision_making: m.meeting_type_family_group_decision_making,
	team_around_the_child: m.meeting_type_team_around_the_child,
	other: m.meeting_type_other
});

/** What a change is about; the same words as the options of the make-a-change question. */
export const categoryLabel = /* @__PURE__ */ labelFrom<ChangeCategory>({
	where_i_live: m.opt_category_where_i_live,
	family_time: m.opt_category_family_time,
	school_work: m.opt_category_school_work,
	my_worker: m.opt_category_my_worker,
	money: m.opt_category_money,
	health: m.opt_category_health,
	activities: m.opt_category_activities,
	house_rules: m.opt_category_house_rules,
	something_else: m.opt_category_something_else
});

export type WellbeingArea = (typeof SHANARRI_AREAS)[number];
/** The wellbeing areas a feelings check-in asks about. */
export const areaLabel = /* @__PURE__ */ labelFrom<WellbeingArea>({
	safe: m.area_safe,
	healthy: m.area_healthy,
	achieving: m.area_achieving,
	nurtured: m.area_nurtured,
	active: m.area_active,
	respected: m.area_respected,
	responsible: m.area_responsible,
	included: m.area_included
});

/** What each area means, in a child's words: the area names alone are words a child should not meet. */
export const areaMeaning = /* @__PURE__ */ labelFrom<WellbeingArea>({
	safe: m.area_means_safe,
	healthy: m.area_means_healthy,
	achieving: m.area_means_achieving,
	nurtured: m.area_means_nurtured,
	active: m.area_means_active,
	respected: m.area_means_respected,
	responsible: m.area_means_responsible,
	included: m.area_means_included
});

/** Where a "you said, we did" entry has got to. */
export const youSaidStatusLabel = /* @__PURE__ */ labelFrom<YouSaidStatus>({
	planned: m.lead_status_planned,
	in_progress: m.lead_status_in_progress,
	done: m.lead_status_done
});

/** Each language's name in English, for staff pages; young people see each in its own name. */
export const languageNameInEnglish = /* @__PURE__ */ labelFrom<Locale>({
	en: m.adm_language_name_en,
	cy: m.adm_language_name_cy,
	pl: m.adm_language_name_pl,
	uk: m.adm_language_name_uk,
	ar: m.adm_language_name_ar,
	'fa-AF': m.adm_language_name_fa_af,
	ps: m.adm_language_name_ps
});

/**
 * "Written in Polish": the language a statement was written in, as staff are told it. Nothing for
 * English, or for a statement sent before Heard kept its language.
 */
export function writtenInWords(language: string | null | undefined): string | null {
	const locale = asLocale(language);
	if (!locale || locale === baseLocale) return null;
	return m.staff_written_in({ language: languageNameInEnglish(locale) });
}
