import { AGE_BANDS, type Dimension } from '$lib/reports/filters';
import { ageBandLabel } from '$lib/words/reports';
import { areaLabel, categoryLabel, meetingTypeLabel } from '$lib/words/lists';
import { kindLabel } from '$lib/words/statements';
import { placementLabel, reportLegalStatusLabel } from '$lib/words/people';
import {
	CHANGE_CATEGORIES,
	LEGAL_STATUSES,
	MEETING_TYPES,
	PLACEMENT_TYPES,
	SHANARRI_AREAS,
	STATEMENT_KINDS
} from '$lib/vocabulary';

export { dimensionLabel, groupHeader } from '$lib/words/reports';
export { outcomeGroups as outcomes } from '$lib/words/statements';

/** Every group of a breakdown in a fixed order, so an empty group still shows as 0 rather than vanishing. */
export function groupsOf(
	dimension: Dimension,
	teams: { id: string; name: string }[]
): { key: string; label: string }[] {
	switch (dimension) {
		case 'team':
			return teams.map((t) => ({ key: t.id, label: t.name }));
		case 'age_band':
			return AGE_BANDS.map((key) => ({ key, label: ageBandLabel(key) }));
		case 'legal_status':
			return LEGAL_STATUSES.map((key) => ({ key, label: reportLegalStatusLabel(key) }));
		case 'placement_type':
			return PLACEMENT_TYPES.map((key) => ({ key, label: placementLabel(key) }));
	}
}

export const meetingTypes = () =>
	MEETING_TYPES.map((key) => ({ key, label: meetingTypeLabel(key) }));
export const categories = () =>
	CHANGE_CATEGORIES.map((key) => ({ key, label: categoryLabel(key) }));
export const kinds = () => STATEMENT_KINDS.map((key) => ({ key, label: kindLabel(key) }));
export const areas = () => SHANARRI_AREAS.map((key) => ({ key, label: areaLabel(key) }));
