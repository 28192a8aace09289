/**
 * The words of the domain, as fixed lists. The database schema, the zod
 * schemas and the UI all take their allowed values from here, so a new
 * meeting type (say) is added in one place.
 */

export const ROLES = ['young_person', 'worker', 'manager', 'participation_lead', 'admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['worker', 'manager', 'participation_lead', 'admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
/** Roles that read what young people said (a lead, the consented quotes); never held with `admin`. */
export const STATEMENT_READING_ROLES = ['worker', 'manager', 'participation_lead'] as const;

export const LEGAL_STATUSES = [
	'at_home_supervision',
	'kinship',
	'foster',
	'residential',
	'secure',
	'child_protection_plan',
	'child_in_need',
	'continuing_care',
	'aftercare'
] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

export const PLACEMENT_TYPES = [
	'family_home',
	'kinship_carer',
	'foster_carer',
	'residential_house',
	'secure_unit',
	'supported_lodgings',
	'own_tenancy',
	'other'
] as const;
export type PlacementType = (typeof PLACEMENT_TYPES)[number];

export const MEETING_TYPES = [
	'child_protection_conference',
	'looked_after_review',
	'childrens_hearing',
	'childs_plan_meeting',
	'pathway_plan_review',
	'family_group_decision_making',
	'team_around_the_child',
	'other'
] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const STATEMENT_KINDS = [
	'before_meeting',
	'make_a_change',
	'feelings',
	'worried',
	'good_news',
	'feedback',
	'my_future'
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const STATEMENT_STATUSES = ['draft', 'sent', 'read', 'replied', 'closed'] as const;

/** Bank holidays differ between England and Wales and Scotland; the organisation picks its nation. */
export const BANK_HOLIDAY_NATIONS = ['england_wales', 'scotland'] as const;
export type BankHolidayNation = (typeof BANK_HOLIDAY_NATIONS)[number];

/**
 * Who an urgent statement reached, step by step: the worker and team manager when it was sent,
 * the out-of-hours team when sent out of hours, then the chain until someone acknowledges it.
 */
export const URGENT_ALERT_STEPS = ['sent', 'out_of_hours', 'manager', 'duty', 'senior'] as const;
export type UrgentAlertStep = (typeof URGENT_ALERT_STEPS)[number];

export const CHANGE_CATEGORIES = [
	'where_i_live',
	'family_time',
	'school_work',
	'my_worker',
	'money',
	'health',
	'activities',
	'house_rules',
	'something_else'
] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

export const OUTCOME_DECISIONS = [
	'agreed',
	'partly_agreed',
	'not_possible',
	'still_working'
] as const;
export type OutcomeDecision = (typeof OUTCOME_DECISIONS)[number];

export const SHANARRI_AREAS = [
	'safe',
	'healthy',
	'achieving',
	'nurtured',
	'active',
	'respected',
	'responsible',
	'included'
] as const;

export const YOU_SAID_STATUSES = ['planned', 'in_progress', 'done'] as const;
export type YouSaidStatus = (typeof YOU_SAID_STATUSES)[number];

export const TEAM_ROLES = ['worker', 'manager'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];
