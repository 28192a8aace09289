import { m } from '$lib/paraglide/messages.js';
import type { LegalStatus, PlacementType } from '$lib/vocabulary';

/** Staff words for the record's fixed lists. */
const LEGAL: Record<LegalStatus, () => string> = {
	at_home_supervision: m.adm_legal_at_home_supervision,
	kinship: m.adm_legal_kinship,
	foster: m.adm_legal_foster,
	residential: m.adm_legal_residential,
	secure: m.adm_legal_secure,
	child_protection_plan: m.adm_legal_child_protection_plan,
	child_in_need: m.adm_legal_child_in_need,
	continuing_care: m.adm_legal_continuing_care,
	aftercare: m.adm_legal_aftercare
};

const PLACEMENT: Record<PlacementType, () => string> = {
	family_home: m.adm_placement_family_home,
	kinship_carer: m.adm_placement_kinship_carer,
	foster_carer: m.adm_placement_foster_carer,
	residential_house: m.adm_placement_residential_house,
	secure_unit: m.adm_placement_secure_unit,
	supported_lodgings: m.adm_placement_supported_lodgings,
	own_tenancy: m.adm_placement_own_tenancy,
	other: m.adm_placement_other
};

export const legalStatusLabel = (s: LegalStatus) => LEGAL[s]();
export const placementLabel = (p: PlacementType) => PLACEMENT[p]();
