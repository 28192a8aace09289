import { m } from '$lib/paraglide/messages.js';
import type { AGE_BANDS, Dimension } from '$lib/reports/filters';
import { labelFrom } from './labels';

type AgeBand = (typeof AGE_BANDS)[number];

export const ageBandLabel = /* @__PURE__ */ labelFrom<AgeBand>({
	under_12: m.report_age_under_12,
	'12_15': m.report_age_12_15,
	'16_17': m.report_age_16_17,
	'18_plus': m.report_age_18_plus
});

/** A breakdown named inside a sentence: "by age band". */
export const dimensionLabel = /* @__PURE__ */ labelFrom<Dimension>({
	team: m.report_by_team,
	age_band: m.report_by_age_band,
	legal_status: m.report_by_legal_status,
	placement_type: m.report_by_placement_type
});

/** The same, as the heading of a table's first column. */
export const groupHeader = /* @__PURE__ */ labelFrom<Dimension>({
	team: m.report_group_team,
	age_band: m.report_group_age_band,
	legal_status: m.report_group_legal_status,
	placement_type: m.report_group_placement_type
});

/**
 * The counts shown as "fewer than {threshold}", inside a sentence: 1 to threshold − 1, or,
 * at the smallest threshold (2), the count of 1 alone.
 */
export function smallCountsWords(threshold: number): string {
	const max = threshold - 1;
	return max <= 1 ? m.report_small_counts_one() : m.report_small_counts_range({ max });
}
