import { m } from '$lib/paraglide/messages.js';
import { AGE_BANDS, type Dimension } from '$lib/reports/filters';
import { word } from '$lib/templates/words';
import {
	CHANGE_CATEGORIES,
	LEGAL_STATUSES,
	MEETING_TYPES,
	PLACEMENT_TYPES,
	SHANARRI_AREAS,
	STATEMENT_KINDS
} from '$lib/vocabulary';

/** Every group of a breakdown in a fixed order, so an empty group still shows as 0 rather than vanishing. */
export function groupsOf(
	dimension: Dimension,
	teams: { id: string; name: string }[]
): { key: string; label: string }[] {
	switch (dimension) {
		case 'team':
			return teams.map((t) => ({ key: t.id, label: t.name }));
		case 'age_band':
			return AGE_BANDS.map((key) => ({ key, label: word(`report_age_${key}`) ?? key }));
		case 'legal_status':
			return LEGAL_STATUSES.map((key) => ({ key, label: word(`report_legal_${key}`) ?? key }));
		case 'placement_type':
			return PLACEMENT_TYPES.map((key) => ({ key, label: word(`report_placement_${key}`) ?? key }));
	}
}

export const dimensionLabel = (d: Dimension) => word(`report_by_${d}`) ?? d;
/** The same, as the heading of a table's first column. */
export const groupHeader = (d: Dimension) => word(`report_group_${d}`) ?? d;

export const meetingTypes = () =>
	MEETING_TYPES.map((key) => ({ key, label: word(`meeting_type_${key}`) ?? key }));
export const categories = () =>
	CHANGE_CATEGORIES.map((key) => ({ key, label: word(`opt_category_${key}`) ?? key }));
export const kinds = () =>
	STATEMENT_KINDS.map((key) => ({ key, label: word(`kind_${key}`) ?? key }));
export const areas = () =>
	SHANARRI_AREAS.map((key) => ({ key, label: word(`area_${key}`) ?? key }));
export const outcomes = () => [
	{ key: 'agreed', label: m.report_outcome_agreed() },
	{ key: 'partly_agreed', label: m.report_outcome_partly() },
	{ key: 'not_possible', label: m.report_outcome_not_possible() },
	{ key: 'open', label: m.report_outcome_open() }
];
