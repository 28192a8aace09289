import { m } from '$lib/paraglide/messages.js';
import type { LegalStatus, PlacementType, Role, TeamRole } from '$lib/vocabulary';
import { labelFrom } from './labels';

/** The name of the area each role works in, for navigation: a person's home in the menu. */
export const roleAreaName = /* @__PURE__ */ labelFrom<Role>({
	young_person: m.role_young_person,
	worker: m.role_worker,
	manager: m.role_manager,
	participation_lead: m.role_participation_lead,
	admin: m.role_admin
});

/** What each role is called, where an administrator gives and reads roles. */
export const roleName = /* @__PURE__ */ labelFrom<Role>({
	young_person: m.adm_role_young_person,
	worker: m.adm_role_worker,
	manager: m.adm_role_manager,
	participation_lead: m.adm_role_participation_lead,
	admin: m.adm_role_admin
});

/** A role that reads statements, as named in the email telling someone they were given it. */
export const readingRoleWords = /* @__PURE__ */ labelFrom<
	'worker' | 'manager' | 'participation_lead'
>({
	worker: m.adm_reading_role_worker,
	manager: m.adm_reading_role_manager,
	participation_lead: m.adm_reading_role_lead
});

/** A person's place in a team. */
export const teamRoleLabel = /* @__PURE__ */ labelFrom<TeamRole>({
	worker: m.adm_team_role_worker,
	manager: m.adm_team_role_manager
});

/** Legal status as written on the record. */
export const legalStatusLabel = /* @__PURE__ */ labelFrom<LegalStatus>({
	at_home_supervision: m.adm_legal_at_home_supervision,
	kinship: m.adm_legal_kinship,
	foster: m.adm_legal_foster,
	residential: m.adm_legal_residential,
	secure: m.adm_legal_secure,
	child_protection_plan: m.adm_legal_child_protection_plan,
	child_in_need: m.adm_legal_child_in_need,
	continuing_care: m.adm_legal_continuing_care,
	aftercare: m.adm_legal_aftercare
});

/** Legal status as a group in a report, where the shorter names read better in a table. */
export const reportLegalStatusLabel = /* @__PURE__ */ labelFrom<LegalStatus>({
	at_home_supervision: m.report_legal_at_home_supervision,
	kinship: m.report_legal_kinship,
	foster: m.report_legal_foster,
	residential: m.report_legal_residential,
	secure: m.report_legal_secure,
	child_protection_plan: m.report_legal_child_protection_plan,
	child_in_need: m.report_legal_child_in_need,
	continuing_care: m.report_legal_continuing_care,
	aftercare: m.report_legal_aftercare
});

/** Placement type; records and reports use the same names. */
export const placementLabel = /* @__PURE__ */ labelFrom<PlacementType>({
	family_home: m.adm_placement_family_home,
	kinship_carer: m.adm_placement_kinship_carer,
	foster_carer: m.adm_placement_foster_carer,
	residential_house: m.adm_placement_residential_house,
	secure_unit: m.adm_placement_secure_unit,
	supported_lodgings: m.adm_placement_supported_lodgings,
	own_tenancy: m.adm_placement_own_tenancy,
	other: m.adm_placement_other
});
