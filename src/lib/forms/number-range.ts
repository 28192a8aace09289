import { m } from '$lib/paraglide/messages.js';

/** What a number setting allows (settings/index.ts, numberRange): shown in the browser as well. */
export interface NumberRange {
	min: number;
	max: number;
	/** False where a fraction is allowed, such as 1.5 hours. */
	whole: boolean;
}

/** A refused number says the setting's own range, and whether it may have a fraction. */
export function numberRangeWords(range: NumberRange): string {
	return range.whole
		? m.adm_err_whole_number_range({ min: range.min, max: range.max })
		: m.adm_err_number_range({ min: range.min, max: range.max });
}
