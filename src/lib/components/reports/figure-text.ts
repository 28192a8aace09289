import { m } from '$lib/paraglide/messages.js';
import type { Cell } from '$lib/server/reports/disclosure';

/**
 * A figure as the reports print it. Only a withheld count says "fewer than n"; a figure
 * withheld beside a hidden figure of today says "not shown" (it could be any number), and
 * one withheld to protect another says `hidden` (the table's word, or the summary's).
 */
export function figureText(
	cell: Cell,
	threshold: number,
	unit: 'count' | 'percent' | string,
	hidden: () => string = m.report_suppressed
): string {
	if (cell.suppressed === 'small' && unit === 'count') return m.fewer_than({ n: threshold });
	if (cell.suppressed === 'unbounded') return m.report_print_not_shown();
	if (cell.suppressed) return hidden();
	if (cell.value === null) return m.report_no_value();
	return unit === 'percent' ? `${cell.value}%` : String(cell.value);
}
